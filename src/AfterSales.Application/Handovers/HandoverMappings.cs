using AfterSales.Domain.Handovers;
using AutoMapper;

namespace AfterSales.Application.Handovers;

public sealed class HandoverMappings : Profile
{
    public HandoverMappings()
    {
        CreateMap<HandoverChecklist, HandoverChecklistResponse>().ConvertUsing<HandoverChecklistResponseConverter>();
        CreateMap<HandoverItem, HandoverItemResponse>();
        CreateMap<HandoverSignOff, HandoverSignOffResponse>();
    }
}

using AfterSales.Application.Common.Time;
using AfterSales.Domain.Handovers;
using AutoMapper;

namespace AfterSales.Application.Handovers;

/// <summary>HC-6: whether a checklist is overdue is decided against the company's today each time it is read.</summary>
public sealed class HandoverChecklistResponseConverter(CompanyCalendar calendar) : ITypeConverter<HandoverChecklist, HandoverChecklistResponse>
{
    public HandoverChecklistResponse Convert(HandoverChecklist source, HandoverChecklistResponse destination, ResolutionContext context) =>
        new(
            source.Id,
            source.TechnicianId,
            source.Reason,
            source.EffectiveDate,
            source.SuccessorId,
            source.SupervisorId,
            source.NewTeam,
            source.Status,
            source.IsOverdueOn(calendar.Today),
            source.StartedBy,
            source.StartedAt,
            source.CompletedBy,
            source.CompletedAt,
            source.WithdrawnBy,
            source.WithdrawnAt,
            source.WithdrawalReason,
            [.. source.Items.OrderBy(item => item.Kind).ThenBy(item => item.Description, StringComparer.Ordinal).ThenBy(item => item.Id).Select(context.Mapper.Map<HandoverItemResponse>)],
            [.. source.SignOffs.OrderBy(signOff => signOff.Party).Select(context.Mapper.Map<HandoverSignOffResponse>)],
            source.Version);
}

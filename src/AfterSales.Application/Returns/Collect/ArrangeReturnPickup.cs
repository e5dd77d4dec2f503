using System.Text.Json.Serialization;
using AfterSales.Application.Abstractions;
using AfterSales.Application.Common.Concurrency;
using AfterSales.Application.Common.Time;
using AutoMapper;
using FluentValidation;
using Mediator;

namespace AfterSales.Application.Returns.Collect;

/// <summary>RX-2: the company collects the approved item from the customer on <see cref="PickupOn"/>.</summary>
public sealed record ArrangeReturnPickup(DateOnly? PickupOn) : ICommand<ReturnRequestResponse>
{
    [JsonIgnore]
    public Guid ReturnRequestId { get; init; }

    [JsonIgnore]
    public uint? ExpectedVersion { get; init; }
}

public sealed class ArrangeReturnPickupValidator : AbstractValidator<ArrangeReturnPickup>
{
    public ArrangeReturnPickupValidator() => RuleFor(command => command.PickupOn).NotNull();
}

public sealed class ArrangeReturnPickupHandler(IAfterSalesDbContext db, CompanyCalendar calendar, TimeProvider clock, IMapper mapper)
    : ICommandHandler<ArrangeReturnPickup, ReturnRequestResponse>
{
    public async ValueTask<ReturnRequestResponse> Handle(ArrangeReturnPickup command, CancellationToken cancellationToken)
    {
        var request = await db.ReturnRequests.LoadForChangeAsync(command.ReturnRequestId, command.ExpectedVersion, cancellationToken);
        request.ArrangePickup(command.PickupOn!.Value, calendar.Today, clock);
        await db.SaveChangesAsync(cancellationToken);
        return mapper.Map<ReturnRequestResponse>(request);
    }
}

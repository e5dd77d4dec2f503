using System.Text.Json.Serialization;
using AfterSales.Application.Abstractions;
using AfterSales.Application.Common.Concurrency;
using AfterSales.Domain.WorkOrders;
using FluentValidation;
using Mediator;
using Microsoft.Extensions.Options;

namespace AfterSales.Application.WorkOrders.Parts;

/// <summary>WO-11 (r2): the technician fitted an issued part, with its serial number when it is traceable; it cannot go back after.</summary>
public sealed record FitPart(string? SerialNumber) : ICommand<WorkOrderResponse>
{
    [JsonIgnore]
    public Guid WorkOrderId { get; init; }

    [JsonIgnore]
    public Guid PartId { get; init; }

    [JsonIgnore]
    public uint? ExpectedVersion { get; init; }
}

public sealed class FitPartValidator : AbstractValidator<FitPart>
{
    public FitPartValidator() =>
        RuleFor(command => command.SerialNumber).NotEmpty().MaximumLength(Part.SerialNumberMaxLength).When(command => command.SerialNumber is not null);
}

public sealed class FitPartHandler(
    IAfterSalesDbContext db,
    WorkOrderAccess access,
    WorkOrderResponses responses,
    ICurrentUser user,
    IOptions<PartOptions> options,
    TimeProvider clock)
    : ICommandHandler<FitPart, WorkOrderResponse>
{
    public async ValueTask<WorkOrderResponse> Handle(FitPart command, CancellationToken cancellationToken)
    {
        var order = await db.WorkOrders.LoadForChangeAsync(command.WorkOrderId, command.ExpectedVersion, access.EnsureVisible, cancellationToken);
        order.FitPart(command.PartId, command.SerialNumber, user.UserName, options.Value.TraceableLimit, clock);
        await db.SaveChangesAsync(cancellationToken);
        return await responses.OfAsync(order, cancellationToken);
    }
}

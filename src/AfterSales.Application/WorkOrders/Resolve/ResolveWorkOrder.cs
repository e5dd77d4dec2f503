using System.Text.Json.Serialization;
using AfterSales.Application.Abstractions;
using AfterSales.Application.Common.Concurrency;
using AfterSales.Application.Files;
using AfterSales.Domain.WorkOrders;
using FluentValidation;
using Mediator;
using Microsoft.Extensions.Options;

namespace AfterSales.Application.WorkOrders.Resolve;

/// <summary>
/// WO-9: the work is done (at <see cref="At"/>, WO-16; default now); on-site and workshop orders carry the customer's
/// sign-off, by default signed then, with (r2) their signature file.
/// </summary>
public sealed record ResolveWorkOrder(string Summary, SignOffDetails? CustomerSignOff, DateTimeOffset? At) : ICommand<WorkOrderResponse>
{
    [JsonIgnore]
    public Guid WorkOrderId { get; init; }

    [JsonIgnore]
    public uint? ExpectedVersion { get; init; }
}

/// <param name="SignatureFileId">WO-9 (r2): the signature image or the photo of the signed service sheet, a file the caller uploaded.</param>
public sealed record SignOffDetails(string Name, DateTimeOffset? At, Guid? SignatureFileId);

public sealed class ResolveWorkOrderValidator : AbstractValidator<ResolveWorkOrder>
{
    public ResolveWorkOrderValidator(TimeProvider clock, IOptions<SlaOptions> sla)
    {
        RuleFor(command => command.At).IsFieldTime(clock, sla);
        RuleFor(command => command.Summary).NotEmpty().MaximumLength(4000);
        RuleFor(command => command.CustomerSignOff!.Name).NotEmpty().MaximumLength(100).When(command => command.CustomerSignOff is not null);
    }
}

public sealed class ResolveWorkOrderHandler(
    IAfterSalesDbContext db,
    WorkOrderAccess access,
    WorkOrderResponses responses,
    SlaPolicy sla,
    ICurrentUser user,
    TimeProvider clock)
    : ICommandHandler<ResolveWorkOrder, WorkOrderResponse>
{
    public async ValueTask<WorkOrderResponse> Handle(ResolveWorkOrder command, CancellationToken cancellationToken)
    {
        var order = await db.WorkOrders.LoadForChangeAsync(command.WorkOrderId, command.ExpectedVersion, access.EnsureVisible, cancellationToken);
        var signature = command.CustomerSignOff?.SignatureFileId is { } fileId
            ? await db.FileUploads.ReferencedAsync(fileId, "customerSignOff.signatureFileId", user, cancellationToken)
            : null;
        var signOff = command.CustomerSignOff is { } given ? CustomerSignOff.SignedOn(given.Name, given.At ?? command.At ?? clock.GetUtcNow(), signature) : null;
        order.Resolve(command.Summary, signOff, sla, clock, command.At);
        await db.SaveChangesAsync(cancellationToken);
        return await responses.OfAsync(order, cancellationToken);
    }
}

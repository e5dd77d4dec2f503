using System.Text.Json.Serialization;
using AfterSales.Application.Abstractions;
using AfterSales.Application.Common.Concurrency;
using FluentValidation;
using Mediator;

namespace AfterSales.Application.WorkOrders.Photos;

/// <summary>WO-9: a reference to a photo held by the file store (the API stores no images).</summary>
public sealed record AddPhoto(string Reference, string? Caption) : ICommand<WorkOrderResponse>
{
    [JsonIgnore]
    public Guid WorkOrderId { get; init; }

    [JsonIgnore]
    public uint? ExpectedVersion { get; init; }
}

public sealed class AddPhotoValidator : AbstractValidator<AddPhoto>
{
    public AddPhotoValidator()
    {
        RuleFor(command => command.Reference).NotEmpty().MaximumLength(500);
        RuleFor(command => command.Caption).MaximumLength(200);
    }
}

public sealed class AddPhotoHandler(
    IAfterSalesDbContext db,
    WorkOrderAccess access,
    WorkOrderResponses responses,
    ICurrentUser user,
    TimeProvider clock)
    : ICommandHandler<AddPhoto, WorkOrderResponse>
{
    public async ValueTask<WorkOrderResponse> Handle(AddPhoto command, CancellationToken cancellationToken)
    {
        var order = await db.WorkOrders.LoadForChangeAsync(command.WorkOrderId, command.ExpectedVersion, access.EnsureVisible, cancellationToken);
        order.AddPhoto(command.Reference, command.Caption, user.UserName, clock);
        await db.SaveChangesAsync(cancellationToken);
        return await responses.OfAsync(order, cancellationToken);
    }
}

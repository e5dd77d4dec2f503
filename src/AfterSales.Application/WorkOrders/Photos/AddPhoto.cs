using System.Text.Json.Serialization;
using AfterSales.Application.Abstractions;
using AfterSales.Application.Common.Concurrency;
using AfterSales.Application.Files;
using FluentValidation;
using Mediator;

namespace AfterSales.Application.WorkOrders.Photos;

/// <summary>WO-9 (r2): a photo of the work, an image the caller uploaded .</summary>
public sealed record AddPhoto(Guid FileId, string? Caption) : ICommand<WorkOrderResponse>
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
        RuleFor(command => command.FileId).NotEmpty();
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
        var file = await db.FileUploads.ReferencedAsync(command.FileId, "fileId", user, cancellationToken);
        order.AddPhoto(file, command.Caption, user.UserName, clock);
        await db.SaveChangesAsync(cancellationToken);
        return await responses.OfAsync(order, cancellationToken);
    }
}

using AfterSales.Application.Abstractions;
using AfterSales.Domain.WorkOrders;
using AutoMapper;
using FluentValidation;

namespace AfterSales.Application.WorkOrders.Photos;

/// <summary>WO-9: a reference to a photo held by the file store (the API stores no images).</summary>
public sealed record AddPhoto(string Reference, string? Caption) : WorkOrderAction;

public sealed class AddPhotoValidator : AbstractValidator<AddPhoto>
{
    public AddPhotoValidator()
    {
        RuleFor(command => command.Reference).NotEmpty().MaximumLength(500);
        RuleFor(command => command.Caption).MaximumLength(200);
    }
}

public sealed class AddPhotoHandler(IAfterSalesDbContext db, WorkOrderAccess access, IMapper mapper, ICurrentUser user, TimeProvider clock)
    : WorkOrderActionHandler<AddPhoto>(db, access, mapper)
{
    protected override Task ApplyAsync(WorkOrder order, AddPhoto command, CancellationToken cancellationToken)
    {
        order.AddPhoto(command.Reference, command.Caption, user.UserName, clock);
        return Task.CompletedTask;
    }
}

using AfterSales.Application.Abstractions;
using AfterSales.Application.Common.Time;
using AfterSales.Application.Common.Validation;
using AfterSales.Domain.Returns;
using AutoMapper;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Application.Returns.Register;

/// <summary>
/// RX-1: a customer asks to return or exchange an item on their card. The purchase date defaults to the item's; the
/// request is judged against the item's delivery date today, and registered even when ineligible.
/// </summary>
public sealed record RegisterReturnRequest(
    ReturnKind? Kind,
    Guid CustomerId,
    Guid EquipmentId,
    DateOnly? PurchaseDate,
    string? ProofOfPurchase,
    ReturnReason? Reason,
    ItemCondition? Condition,
    ToldToBringResponse? ToldToBring,
    string? Note) : ICommand<ReturnRequestResponse>;

public sealed class RegisterReturnRequestValidator : AbstractValidator<RegisterReturnRequest>
{
    public RegisterReturnRequestValidator()
    {
        RuleFor(command => command.Kind).NotNull().IsInEnum();
        RuleFor(command => command.CustomerId).NotEmpty();
        RuleFor(command => command.EquipmentId).NotEmpty();
        RuleFor(command => command.ProofOfPurchase).MaximumLength(ReturnRequest.ProofMaxLength);
        RuleFor(command => command.Reason).NotNull().IsInEnum();
        RuleFor(command => command.Condition).NotNull().IsInEnum();
        RuleFor(command => command.ToldToBring).NotNull().WithMessage("RX-1: say what the customer was told to bring.");
        RuleFor(command => command.Note).MaximumLength(ReturnRequest.TextMaxLength);
    }
}

public sealed class RegisterReturnRequestHandler(
    IAfterSalesDbContext db,
    IReturnNumbers numbers,
    ReturnPolicy policy,
    CompanyCalendar calendar,
    ICurrentUser user,
    TimeProvider clock,
    IMapper mapper)
    : ICommandHandler<RegisterReturnRequest, ReturnRequestResponse>
{
    public async ValueTask<ReturnRequestResponse> Handle(RegisterReturnRequest command, CancellationToken cancellationToken)
    {
        var customer = await db.Customers.FirstOrDefaultAsync(candidate => candidate.Id == command.CustomerId, cancellationToken)
            ?? throw Reference.Unknown("customerId", "customer", command.CustomerId);
        var equipment = customer.Equipment.FirstOrDefault(machine => machine.Id == command.EquipmentId)
            ?? throw Reference.Unknown("equipmentId", "machine on this customer's card", command.EquipmentId);
        var today = calendar.Today;
        var number = await numbers.NextAsync(today, cancellationToken);

        var request = ReturnRequest.Register(
            number,
            command.Kind!.Value,
            customer,
            equipment.Id,
            command.PurchaseDate ?? equipment.PurchaseDate,
            command.ProofOfPurchase,
            command.Reason!.Value,
            command.Condition!.Value,
            new ToldToBring(command.ToldToBring!.ProofOfPurchase, command.ToldToBring.Packaging, command.ToldToBring.Accessories),
            command.Note,
            today,
            user.UserName,
            policy,
            clock);
        db.ReturnRequests.Add(request);
        await db.SaveChangesAsync(cancellationToken);
        return mapper.Map<ReturnRequestResponse>(request);
    }
}

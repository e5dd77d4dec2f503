using AfterSales.Application.Abstractions;
using AfterSales.Application.Common.Validation;
using AfterSales.Application.WorkOrders;
using AfterSales.Domain.PartsReplacements;
using AutoMapper;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AfterSales.Application.PartsReplacements.Register;

/// <summary>
/// PS-1: a customer needs a part for equipment on their card (missing or broken on delivery, or one they fit
/// themselves); requested now unless <see cref="RequestedAt"/> says earlier.
/// </summary>
public sealed record RegisterPartsReplacement(
    Guid CustomerId,
    Guid EquipmentId,
    RequestedPart Part,
    ReplacementReason? Reason,
    string Description,
    DateTimeOffset? RequestedAt) : ICommand<PartsReplacementResponse>;

public sealed class RegisterPartsReplacementValidator : AbstractValidator<RegisterPartsReplacement>
{
    public RegisterPartsReplacementValidator(TimeProvider clock, IOptions<SlaOptions> sla)
    {
        RuleFor(command => command.CustomerId).NotEmpty();
        RuleFor(command => command.EquipmentId).NotEmpty();
        RuleFor(command => command.Part).NotNull();
        When(command => command.Part is not null, () =>
        {
            RuleFor(command => command.Part.PartNumber).NotEmpty().MaximumLength(50);
            RuleFor(command => command.Part.Name).NotEmpty().MaximumLength(200);
            RuleFor(command => command.Part.Quantity).InclusiveBetween(1, 10_000);
        });
        RuleFor(command => command.Reason).NotNull().IsInEnum();
        RuleFor(command => command.Description).NotEmpty().MaximumLength(PartsReplacementRequest.DescriptionMaxLength);
        RuleFor(command => command.RequestedAt).IsFieldTime(clock, sla).WithMessage(_ => $"PS-1: a request cannot be made more than {sla.Value.ClockSkewMinutes} minutes after the server's time.");
    }
}

public sealed class RegisterPartsReplacementHandler(
    IAfterSalesDbContext db,
    IPartsReplacementNumbers numbers,
    PartsShippingPolicy policy,
    ICurrentUser user,
    TimeProvider clock,
    IMapper mapper)
    : ICommandHandler<RegisterPartsReplacement, PartsReplacementResponse>
{
    public async ValueTask<PartsReplacementResponse> Handle(RegisterPartsReplacement command, CancellationToken cancellationToken)
    {
        var customer = await db.Customers.FirstOrDefaultAsync(candidate => candidate.Id == command.CustomerId, cancellationToken)
            ?? throw Reference.Unknown("customerId", "customer", command.CustomerId);
        var requestedAt = command.RequestedAt ?? clock.GetUtcNow();
        var number = await numbers.NextAsync(policy.Calendar.LocalDate(requestedAt), cancellationToken);

        var request = PartsReplacementRequest.Register(
            number,
            customer,
            command.EquipmentId,
            command.Part,
            command.Reason!.Value,
            command.Description,
            requestedAt,
            user.UserName,
            policy,
            clock);
        db.PartsReplacementRequests.Add(request);
        await db.SaveChangesAsync(cancellationToken);
        return mapper.Map<PartsReplacementResponse>(request);
    }
}

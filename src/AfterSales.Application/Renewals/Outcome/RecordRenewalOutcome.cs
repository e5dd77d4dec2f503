using System.Text.Json.Serialization;
using AfterSales.Application.Abstractions;
using AfterSales.Application.Common.Concurrency;
using AfterSales.Domain.Renewals;
using AutoMapper;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Application.Renewals.Outcome;

/// <summary>
/// CU-3 (r2): what came of the renewal visit. Renewed may give the new contract end date (<see cref="RenewedUntil"/>),
/// which the machine on the customer's card then carries.
/// </summary>
public sealed record RecordRenewalOutcome(RenewalOutcome? Outcome, string? Note, DateOnly? RenewedUntil) : ICommand<RenewalTaskResponse>
{
    [JsonIgnore]
    public Guid RenewalTaskId { get; init; }

    [JsonIgnore]
    public uint? ExpectedVersion { get; init; }
}

public sealed class RecordRenewalOutcomeValidator : AbstractValidator<RecordRenewalOutcome>
{
    public RecordRenewalOutcomeValidator()
    {
        RuleFor(command => command.Outcome).NotNull().IsInEnum();
        RuleFor(command => command.Note).MaximumLength(RenewalTask.NoteMaxLength);
        RuleFor(command => command.RenewedUntil).Null().When(command => command.Outcome != RenewalOutcome.Renewed)
            .WithMessage("A new contract end date comes only with the outcome Renewed.");
    }
}

public sealed class RecordRenewalOutcomeHandler(
    IAfterSalesDbContext db,
    RenewalTaskAccess access,
    IMapper mapper,
    ICurrentUser user,
    TimeProvider clock)
    : ICommandHandler<RecordRenewalOutcome, RenewalTaskResponse>
{
    public async ValueTask<RenewalTaskResponse> Handle(RecordRenewalOutcome command, CancellationToken cancellationToken)
    {
        var task = await db.RenewalTasks.LoadForChangeAsync(command.RenewalTaskId, command.ExpectedVersion, cancellationToken, access.EnsureVisible);
        var customer = await db.Customers.SingleAsync(candidate => candidate.Id == task.CustomerId, cancellationToken);
        task.RecordOutcome(command.Outcome!.Value, command.Note, command.RenewedUntil, customer, user.UserName, clock);
        await db.SaveChangesAsync(cancellationToken);
        return mapper.Map<RenewalTaskResponse>(task);
    }
}

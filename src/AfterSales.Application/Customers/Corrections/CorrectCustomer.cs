using System.Text.Json.Serialization;
using AfterSales.Application.Abstractions;
using AfterSales.Application.Common.Concurrency;
using AfterSales.Application.Common.Patching;
using AfterSales.Domain.Customers;
using AutoMapper;
using FluentValidation;
using Mediator;

namespace AfterSales.Application.Customers.Corrections;

/// <summary>CU-1 (r2): a merge patch of the customer card's name, phone, address or zone; a field left out stays as it is.</summary>
public sealed record CorrectCustomer : MergePatch, ICommand<CustomerResponse>
{
    public string? Name { get; init; }

    public string? Phone { get; init; }

    public string? Address { get; init; }

    public Zone? Zone { get; init; }

    [JsonIgnore]
    public Guid CustomerId { get; init; }

    [JsonIgnore]
    public uint ExpectedVersion { get; init; }

    public CustomerCorrection Correction() => new(
        ChangeOf(nameof(Name), Name),
        ChangeOf(nameof(Phone), Phone),
        ChangeOf(nameof(Address), Address),
        ChangeOf(nameof(Zone), Zone));
}

public sealed class CorrectCustomerValidator : AbstractValidator<CorrectCustomer>
{
    public CorrectCustomerValidator()
    {
        RuleFor(command => command.Name).NotEmpty().MaximumLength(200).When(command => command.Names(nameof(CorrectCustomer.Name)));
        RuleFor(command => command.Phone).NotEmpty().MaximumLength(30).When(command => command.Names(nameof(CorrectCustomer.Phone)));
        RuleFor(command => command.Address).NotEmpty().MaximumLength(500).When(command => command.Names(nameof(CorrectCustomer.Address)));
        RuleFor(command => command.Zone).NotNull().IsInEnum().When(command => command.Names(nameof(CorrectCustomer.Zone)));
    }
}

public sealed class CorrectCustomerHandler(IAfterSalesDbContext db, TimeProvider clock, IMapper mapper)
    : ICommandHandler<CorrectCustomer, CustomerResponse>
{
    public async ValueTask<CustomerResponse> Handle(CorrectCustomer command, CancellationToken cancellationToken)
    {
        var customer = await db.Customers.LoadForChangeAsync(command.CustomerId, command.ExpectedVersion, cancellationToken);
        customer.Correct(command.Correction(), clock);
        await db.SaveChangesAsync(cancellationToken);
        return mapper.Map<CustomerResponse>(customer);
    }
}

using System.Text.Json.Serialization;
using AfterSales.Application.Abstractions;
using AfterSales.Application.Common.Concurrency;
using AfterSales.Application.Common.Time;
using AfterSales.Domain.Customers;
using AutoMapper;
using FluentValidation;
using Mediator;

namespace AfterSales.Application.Customers.Contacts;

/// <summary>
/// CU-4: a check-up call or visit; it takes the customer off the visit reminder list. CU-5 (r2): with what it brought to
/// light in the optional structured fields the contact-log report lists.
/// </summary>
public sealed record RecordContact(
    ContactKind? Kind,
    DateOnly? ContactedOn,
    string? Note,
    string? ProductQualityFeedback = null,
    string? CustomerNeeds = null,
    string? CompetitorNews = null,
    string? CreditStanding = null,
    string? NewProductInterest = null)
    : ICommand<CustomerResponse>
{
    [JsonIgnore]
    public Guid CustomerId { get; init; }

    [JsonIgnore]
    public uint? ExpectedVersion { get; init; }
}

public sealed class RecordContactValidator : AbstractValidator<RecordContact>
{
    public RecordContactValidator()
    {
        RuleFor(command => command.Kind).NotNull().IsInEnum();
        RuleFor(command => command.ContactedOn).NotNull();
        RuleFor(command => command.Note).MaximumLength(1000);
        RuleFor(command => command.ProductQualityFeedback).MaximumLength(ContactFindings.MaxLength);
        RuleFor(command => command.CustomerNeeds).MaximumLength(ContactFindings.MaxLength);
        RuleFor(command => command.CompetitorNews).MaximumLength(ContactFindings.MaxLength);
        RuleFor(command => command.CreditStanding).MaximumLength(ContactFindings.MaxLength);
        RuleFor(command => command.NewProductInterest).MaximumLength(ContactFindings.MaxLength);
    }
}

public sealed class RecordContactHandler(
    IAfterSalesDbContext db,
    ICurrentUser user,
    CompanyCalendar calendar,
    TimeProvider clock,
    IMapper mapper)
    : ICommandHandler<RecordContact, CustomerResponse>
{
    public async ValueTask<CustomerResponse> Handle(RecordContact command, CancellationToken cancellationToken)
    {
        var customer = await db.Customers.LoadForChangeAsync(command.CustomerId, command.ExpectedVersion, cancellationToken);
        var findings = new ContactFindings(command.ProductQualityFeedback, command.CustomerNeeds, command.CompetitorNews, command.CreditStanding, command.NewProductInterest);
        customer.RecordContact(command.Kind!.Value, command.ContactedOn!.Value, command.Note, findings, user.UserName, calendar.Today, clock);
        await db.SaveChangesAsync(cancellationToken);
        return mapper.Map<CustomerResponse>(customer);
    }
}

using System.Text.Json.Serialization;
using AfterSales.Application.Abstractions;
using AfterSales.Application.Common.Concurrency;
using AfterSales.Application.Common.Time;
using AfterSales.Domain.Scheduling;
using FluentValidation;
using Mediator;

namespace AfterSales.Application.Invoicing.Issue;

/// <summary>
/// WO-12 (r2): Finance records the invoice it issued for a request: its number (unique) and the day it was issued
/// (default today; not in the future, not before the day of service).
/// </summary>
public sealed record IssueInvoice(string? InvoiceNumber, DateOnly? IssuedOn) : ICommand<InvoiceRequestResponse>
{
    [JsonIgnore]
    public Guid InvoiceRequestId { get; init; }

    [JsonIgnore]
    public uint? ExpectedVersion { get; init; }
}

public sealed class IssueInvoiceValidator : AbstractValidator<IssueInvoice>
{
    public IssueInvoiceValidator() => RuleFor(command => command.InvoiceNumber).NotEmpty().MaximumLength(50);
}

public sealed class IssueInvoiceHandler(IAfterSalesDbContext db, ICurrentUser user, CompanyCalendar company, WorkingCalendar calendar, TimeProvider clock)
    : ICommandHandler<IssueInvoice, InvoiceRequestResponse>
{
    public async ValueTask<InvoiceRequestResponse> Handle(IssueInvoice command, CancellationToken cancellationToken)
    {
        var request = await db.InvoiceRequests.LoadForChangeAsync(command.InvoiceRequestId, command.ExpectedVersion, cancellationToken);
        var today = company.Today;
        request.Issue(command.InvoiceNumber!.Trim(), command.IssuedOn ?? today, today, user.UserName, clock);
        await db.SaveChangesAsync(cancellationToken);
        return InvoiceRequestResponses.From(request, today, calendar);
    }
}

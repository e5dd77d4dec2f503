using AfterSales.Application.Abstractions;
using AfterSales.Domain.Customers;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Application.Reports.ContactLog;

/// <summary>
/// CU-5 (r2): every contact-log entry from <see cref="From"/> to <see cref="To"/> (company-local days, both included),
/// with its five structured fields; <see cref="Filled"/> (comma-separated field names, e.g.
/// <c>customerNeeds,competitorNews</c>) keeps only the entries in which all those fields are filled.
/// </summary>
public sealed record GetContactLogReport(DateOnly? From, DateOnly? To, string? Filled) : IQuery<ContactLogReport>
{
    /// <summary>A year and a day: a whole year's log at most, so one request cannot pull the company's entire history.</summary>
    public const int MaxDays = 366;

    public IReadOnlyList<ContactLogField> FilledFields =>
        [.. (Filled ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(ContactLogFields.Parse)];
}

/// <summary>CU-5: the structured fields of a contact-log entry, by which the report can be filtered.</summary>
public enum ContactLogField
{
    ProductQualityFeedback,
    CustomerNeeds,
    CompetitorNews,
    CreditStanding,
    NewProductInterest,
}

public static class ContactLogFields
{
    /// <summary>A field's name, any case (<c>customerNeeds</c>); not its number.</summary>
    public static bool IsField(string name) => Enum.GetNames<ContactLogField>().Contains(name, StringComparer.OrdinalIgnoreCase);

    public static ContactLogField Parse(string name) => Enum.Parse<ContactLogField>(name, ignoreCase: true);

    public static IQueryable<ContactRecord> ThatFill(this IQueryable<ContactRecord> entries, ContactLogField field) =>
        field switch
        {
            ContactLogField.ProductQualityFeedback => entries.Where(entry => entry.ProductQualityFeedback != null),
            ContactLogField.CustomerNeeds => entries.Where(entry => entry.CustomerNeeds != null),
            ContactLogField.CompetitorNews => entries.Where(entry => entry.CompetitorNews != null),
            ContactLogField.CreditStanding => entries.Where(entry => entry.CreditStanding != null),
            ContactLogField.NewProductInterest => entries.Where(entry => entry.NewProductInterest != null),
            _ => throw new ArgumentOutOfRangeException(nameof(field), field, null),
        };
}

public sealed record ContactLogReport(DateOnly From, DateOnly To, IReadOnlyList<ContactLogRow> Rows);

public sealed record ContactLogRow(
    Guid Id,
    DateOnly ContactedOn,
    Guid CustomerId,
    string CustomerName,
    ContactKind Kind,
    string Note,
    string RecordedBy,
    string? ProductQualityFeedback,
    string? CustomerNeeds,
    string? CompetitorNews,
    string? CreditStanding,
    string? NewProductInterest);

public sealed class GetContactLogReportValidator : AbstractValidator<GetContactLogReport>
{
    public GetContactLogReportValidator()
    {
        RuleFor(query => query.From).NotNull();
        RuleFor(query => query.To).NotNull();
        RuleFor(query => query.To)
            .Must((query, to) => to >= query.From).WithMessage("to is on or after from.")
            .Must((query, to) => to!.Value.DayNumber - query.From!.Value.DayNumber < GetContactLogReport.MaxDays)
            .WithMessage($"A report covers at most {GetContactLogReport.MaxDays} days.")
            .When(query => query.From is not null && query.To is not null);
        RuleFor(query => query.Filled)
            .Must(filled => filled!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).All(ContactLogFields.IsField))
            .When(query => query.Filled is not null)
            .WithMessage($"filled names fields among {string.Join(", ", Enum.GetNames<ContactLogField>())}, separated by commas.");
    }
}

public sealed class GetContactLogReportHandler(IAfterSalesDbContext db) : IQueryHandler<GetContactLogReport, ContactLogReport>
{
    public async ValueTask<ContactLogReport> Handle(GetContactLogReport query, CancellationToken cancellationToken)
    {
        var (from, to) = (query.From!.Value, query.To!.Value);
        var entries = db.ContactRecords.AsNoTracking().Where(entry => entry.ContactedOn >= from && entry.ContactedOn <= to);
        foreach (var field in query.FilledFields)
        {
            entries = entries.ThatFill(field);
        }

        var rows = await (
                from entry in entries
                join customer in db.Customers on entry.CustomerId equals customer.Id
                orderby entry.ContactedOn, entry.Id
                select new ContactLogRow(
                    entry.Id,
                    entry.ContactedOn,
                    customer.Id,
                    customer.Name,
                    entry.Kind,
                    entry.Note,
                    entry.RecordedBy,
                    entry.ProductQualityFeedback,
                    entry.CustomerNeeds,
                    entry.CompetitorNews,
                    entry.CreditStanding,
                    entry.NewProductInterest))
            .ToListAsync(cancellationToken);
        return new ContactLogReport(from, to, rows);
    }
}

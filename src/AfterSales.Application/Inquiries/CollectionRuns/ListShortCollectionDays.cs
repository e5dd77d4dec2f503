using AfterSales.Application.Abstractions;
using AfterSales.Domain.Inquiries;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Application.Inquiries.CollectionRuns;

/// <summary>
/// IQ-1: the working days from <see cref="From"/> to <see cref="To"/> (company-local, both included) on which e-mail and
/// web inquiries were collected fewer than [Sla:Inquiry:MinimumCollectionRunsPerDay] times, oldest first.
/// </summary>
public sealed record ListShortCollectionDays(DateOnly? From, DateOnly? To) : IQuery<IReadOnlyList<ShortCollectionDay>>;

public sealed record ShortCollectionDay(DateOnly Date, int Runs, int Required);

public sealed class ListShortCollectionDaysValidator : AbstractValidator<ListShortCollectionDays>
{
    /// <summary>A year and a day, enough for any report the desk is asked for.</summary>
    public const int MaxDays = 366;

    public ListShortCollectionDaysValidator()
    {
        RuleFor(query => query.From).NotNull();
        RuleFor(query => query.To).NotNull();
        RuleFor(query => query.To).GreaterThanOrEqualTo(query => query.From).When(query => query.From is not null && query.To is not null)
            .WithMessage("'to' must not be before 'from'.");
        RuleFor(query => query.To).Must((query, to) => to!.Value.DayNumber - query.From!.Value.DayNumber < MaxDays)
            .When(query => query.From is not null && query.To is not null)
            .WithMessage($"At most {MaxDays} days at a time.");
    }
}

/// <summary>A day's runs are few (a handful a day), so their times are read and the policy counts them by company-local date.</summary>
public sealed class ListShortCollectionDaysHandler(IAfterSalesDbContext db, InquiryPolicy policy)
    : IQueryHandler<ListShortCollectionDays, IReadOnlyList<ShortCollectionDay>>
{
    public async ValueTask<IReadOnlyList<ShortCollectionDay>> Handle(ListShortCollectionDays query, CancellationToken cancellationToken)
    {
        var calendar = policy.Calendar;
        var (from, to) = (query.From!.Value, query.To!.Value);
        var (start, end) = (calendar.Day(from).Start, calendar.Day(to).End);
        var runs = await db.CollectionRuns.AsNoTracking()
            .Where(run => run.At >= start && run.At < end)
            .Select(run => run.At)
            .ToListAsync(cancellationToken);
        return [.. policy.ShortCollectionDays(from, to, runs).Select(day => new ShortCollectionDay(day.Date, day.Runs, policy.MinimumCollectionRunsPerDay))];
    }
}

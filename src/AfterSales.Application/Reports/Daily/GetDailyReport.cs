using AfterSales.Application.Abstractions;
using AfterSales.Application.Security;
using AfterSales.Domain.Scheduling;
using AfterSales.Domain.Technicians;
using AfterSales.Domain.WorkOrders;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Application.Reports.Daily;

/// <summary>
/// WO-14: for one company-local day, per technician the orders worked and the minutes by kind, and per
/// team the same summed. A time entry belongs to the day its start falls on in the company's time zone.
/// A team lead's report is of their own team (X-4 r2): other technicians and teams are left out.
/// </summary>
/// <remarks><see cref="Date"/> is required, but nullable so that a missing one reaches the validator and is answered naming the field.</remarks>
public sealed record GetDailyReport(DateOnly? Date, Guid? TechnicianId, string? Team) : IQuery<DailyReport>;

public sealed record DailyReport(DateOnly Date, IReadOnlyList<TechnicianDay> Technicians, IReadOnlyList<TeamDay> Teams);

public sealed record TechnicianDay(
    Guid TechnicianId,
    string EmployeeNumber,
    string Name,
    string Team,
    IReadOnlyList<OrderWorked> Orders,
    MinutesByKind Minutes);

public sealed record OrderWorked(Guid Id, string Number);

/// <summary>The team lead's view: the team's minutes summed, and each order counted once however many of the team worked on it.</summary>
public sealed record TeamDay(string Team, int TechnicianCount, int OrderCount, MinutesByKind Minutes);

public sealed record MinutesByKind(int Paid, int Contract, int Free, int Admin, int Total)
{
    internal static MinutesByKind Sum(IEnumerable<DailyReportRow> rows)
    {
        var byKind = rows.GroupBy(row => row.Kind).ToDictionary(group => group.Key, group => group.Sum(row => row.Minutes));
        int Of(TimeEntryKind kind) => byKind.GetValueOrDefault(kind);
        return new MinutesByKind(
            Of(TimeEntryKind.Paid),
            Of(TimeEntryKind.Contract),
            Of(TimeEntryKind.Free),
            Of(TimeEntryKind.Admin),
            byKind.Values.Sum());
    }
}

/// <summary>What the database returns: one technician's minutes of one kind on one order that day.</summary>
internal sealed record DailyReportRow(
    Guid TechnicianId,
    string EmployeeNumber,
    string Name,
    string Team,
    Guid OrderId,
    string OrderNumber,
    TimeEntryKind Kind,
    int Minutes);

public sealed class GetDailyReportValidator : AbstractValidator<GetDailyReport>
{
    public GetDailyReportValidator()
    {
        // The day's bounds in the company's time zone must exist as instants: not the calendar's first or last day.
        RuleFor(query => query.Date).NotNull().InclusiveBetween(DateOnly.MinValue.AddDays(1), DateOnly.MaxValue.AddDays(-1));
        RuleFor(query => query.Team).MaximumLength(50);
    }
}

public sealed class GetDailyReportHandler(IStandbyReads standby, WorkingCalendar calendar, Oversight oversight) : IQueryHandler<GetDailyReport, DailyReport>
{
    /// <summary>Besides those who see every team's work, Admin.</summary>
    private static readonly string[] SeeEveryTeam = [.. Oversight.SeeAllTeams, Roles.Admin];

    public async ValueTask<DailyReport> Handle(GetDailyReport query, CancellationToken cancellationToken)
    {
        var date = query.Date!.Value;
        var reach = (await oversight.OfCallerAsync(SeeEveryTeam, cancellationToken)).Teams;
        var rows = await Rows(date, query.TechnicianId, query.Team, reach, cancellationToken);

        var technicians = rows
            .GroupBy(row => row.TechnicianId)
            .Select(work =>
            {
                var first = work.First();
                return new TechnicianDay(first.TechnicianId, first.EmployeeNumber, first.Name, first.Team, OrdersOf(work), MinutesByKind.Sum(work));
            })
            .OrderBy(technician => technician.Team, StringComparer.Ordinal)
            .ThenBy(technician => technician.EmployeeNumber, StringComparer.Ordinal)
            .ToList();
        var teams = rows
            .GroupBy(row => row.Team)
            .Select(work => new TeamDay(
                work.Key,
                work.Select(row => row.TechnicianId).Distinct().Count(),
                work.Select(row => row.OrderId).Distinct().Count(),
                MinutesByKind.Sum(work)))
            .OrderBy(team => team.Team, StringComparer.Ordinal)
            .ToList();
        return new DailyReport(date, technicians, teams);
    }

    /// <summary>
    /// One round trip whatever the number of technicians: the day's time entries joined to their orders
    /// and technicians, summed in SQL per technician, order and kind. Totals are folded in memory from
    /// these few rows, because a team's distinct orders cannot be summed from the technicians' counts.
    /// </summary>
    private async Task<List<DailyReportRow>> Rows(DateOnly date, Guid? technicianId, string? team, TeamReach reach, CancellationToken cancellationToken)
    {
        var (start, end) = calendar.Day(date);
        var entries = standby.Database.WorkOrders.AsNoTracking().SelectMany(
            order => order.TimeEntries.Where(entry => entry.StartedAt >= start && entry.StartedAt < end),
            (order, entry) => new { OrderId = order.Id, order.Number, entry.TechnicianId, entry.Kind, entry.Minutes });
        if (technicianId is { } onlyTechnician)
        {
            entries = entries.Where(entry => entry.TechnicianId == onlyTechnician);
        }

        var work = entries.Join(
            standby.Database.Technicians.AsNoTracking(),
            entry => entry.TechnicianId,
            technician => technician.Id,
            (entry, technician) => new
            {
                entry.TechnicianId,
                technician.EmployeeNumber,
                technician.Name,
                technician.Team,
                entry.OrderId,
                entry.Number,
                entry.Kind,
                entry.Minutes,
            });
        if (!string.IsNullOrWhiteSpace(team))
        {
            work = work.Where(row => row.Team == team);
        }

        if (!reach.IsAll)
        {
            // A team lead without a team matches no row.
            var ledTeam = reach.Team;
            work = work.Where(row => row.Team == ledTeam);
        }

        return await work
            .GroupBy(row => new { row.TechnicianId, row.EmployeeNumber, row.Name, row.Team, row.OrderId, row.Number, row.Kind })
            .Select(group => new DailyReportRow(
                group.Key.TechnicianId,
                group.Key.EmployeeNumber,
                group.Key.Name,
                group.Key.Team,
                group.Key.OrderId,
                group.Key.Number,
                group.Key.Kind,
                group.Sum(row => row.Minutes)))
            .ToListAsync(cancellationToken);
    }

    private static List<OrderWorked> OrdersOf(IEnumerable<DailyReportRow> work) =>
        [.. work.DistinctBy(row => row.OrderId).Select(row => new OrderWorked(row.OrderId, row.OrderNumber)).OrderBy(order => order.Number, StringComparer.Ordinal)];
}

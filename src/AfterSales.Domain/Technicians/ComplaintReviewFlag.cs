using AfterSales.Domain.Common;
using AfterSales.Domain.Complaints;
using AfterSales.Domain.Scheduling;

namespace AfterSales.Domain.Technicians;

/// <summary>CP-7: too many verified complaints of one category in one quarter; the technician is up for demotion or dismissal review.</summary>
public sealed class ComplaintReviewFlag
{
    private ComplaintReviewFlag()
    {
    }

    internal ComplaintReviewFlag(CalendarQuarter quarter, ComplaintCategory category, DateTimeOffset raisedAt)
    {
        Id = Guid.CreateVersion7();
        Year = quarter.Year;
        Quarter = quarter.Quarter;
        Category = Require.Defined(category);
        RaisedAt = raisedAt;
    }

    public Guid Id { get; private set; }

    public int Year { get; private set; }

    /// <summary>1 to 4.</summary>
    public int Quarter { get; private set; }

    public ComplaintCategory Category { get; private set; }

    /// <summary>When the threshold was (last) reached.</summary>
    public DateTimeOffset RaisedAt { get; private set; }

    /// <summary>When upheld appeals took the count below the threshold; null while the flag stands.</summary>
    public DateTimeOffset? WithdrawnAt { get; private set; }

    public bool IsActive => WithdrawnAt is null;

    public CalendarQuarter Period => new(Year, Quarter);

    internal void Withdraw(DateTimeOffset at) => WithdrawnAt = at;

    internal void Reinstate(DateTimeOffset at)
    {
        RaisedAt = at;
        WithdrawnAt = null;
    }
}

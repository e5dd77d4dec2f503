namespace AfterSales.Application.Reports.Grades;

/// <summary>CP-7: the technicians flagged for a demotion or dismissal review by complaints in a calendar year.</summary>
public interface IComplaintReviewFlags
{
    /// <summary>One round trip at most: the annual grade report (AS-8) is held to two.</summary>
    Task<IReadOnlySet<Guid>> FlaggedInAsync(int year, CancellationToken cancellationToken);
}

/// <summary>Until the complaint feature implements CP-7 nobody is flagged; it replaces this registration.</summary>
public sealed class NoComplaintReviewFlags : IComplaintReviewFlags
{
    public Task<IReadOnlySet<Guid>> FlaggedInAsync(int year, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlySet<Guid>>(new HashSet<Guid>());
}

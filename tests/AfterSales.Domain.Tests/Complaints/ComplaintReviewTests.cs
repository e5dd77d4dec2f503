using AfterSales.Domain.Complaints;
using AfterSales.Domain.Scheduling;
using AfterSales.Domain.Technicians;

namespace AfterSales.Domain.Tests.Complaints;

/// <summary>CP-7: three verified complaints of one category in one calendar quarter flag the technician for review.</summary>
public sealed class ComplaintReviewTests
{
    private static readonly CalendarQuarter Q4 = new(2026, 4);

    private ComplaintScenario scenario = null!;

    private TestClock Clock => scenario.Clock;

    [SetUp]
    public void CreateScenario() => scenario = new ComplaintScenario();

    private Technician Technician => scenario.Technician;

    [Test]
    public void CP7_the_third_verified_complaint_of_a_category_in_a_quarter_flags_the_technician_once()
    {
        Technician.ReviewComplaintCount(Q4, ComplaintCategory.Quality, 2, 3, Clock);

        Assert.That(Technician.ComplaintReviewFlags, Is.Empty, "two are not enough");

        Technician.ReviewComplaintCount(Q4, ComplaintCategory.Quality, 3, 3, Clock);
        Technician.ReviewComplaintCount(Q4, ComplaintCategory.Quality, 4, 3, Clock);

        var flag = Technician.ComplaintReviewFlags.Single();
        Assert.Multiple(() =>
        {
            Assert.That((flag.Year, flag.Quarter, flag.Category), Is.EqualTo((2026, 4, ComplaintCategory.Quality)));
            Assert.That(flag.RaisedAt, Is.EqualTo(Clock.GetUtcNow()));
            Assert.That(flag.IsActive, Is.True);
            Assert.That(Technician.DomainEvents.OfType<ComplaintReviewFlagRaised>().Count(), Is.EqualTo(1));
        });
    }

    [Test]
    public void CP7_each_quarter_and_category_is_flagged_on_its_own()
    {
        Technician.ReviewComplaintCount(Q4, ComplaintCategory.Quality, 3, 3, Clock);
        Technician.ReviewComplaintCount(Q4, ComplaintCategory.Attitude, 3, 3, Clock);
        Technician.ReviewComplaintCount(new CalendarQuarter(2027, 1), ComplaintCategory.Quality, 3, 3, Clock);

        Assert.That(Technician.ComplaintReviewFlags.Select(flag => flag.Period.ToString() + " " + flag.Category), Is.EquivalentTo(new[]
        {
            "2026-Q4 Quality", "2026-Q4 Attitude", "2027-Q1 Quality",
        }));
    }

    [Test]
    public void CP7_an_upheld_appeal_that_takes_the_count_below_three_withdraws_the_flag_and_a_new_third_raises_it_again()
    {
        Technician.ReviewComplaintCount(Q4, ComplaintCategory.Quality, 3, 3, Clock);
        Clock.SetUtcNow(ComplaintScenario.At(11, 20, 10));

        Technician.ReviewComplaintCount(Q4, ComplaintCategory.Quality, 2, 3, Clock);

        var flag = Technician.ComplaintReviewFlags.Single();
        Assert.That(flag.IsActive, Is.False);
        Assert.That(flag.WithdrawnAt, Is.EqualTo(ComplaintScenario.At(11, 20, 10)));
        Assert.That(Technician.DomainEvents.OfType<ComplaintReviewFlagWithdrawn>().Count(), Is.EqualTo(1));

        Clock.SetUtcNow(ComplaintScenario.At(12, 1, 10));
        Technician.ReviewComplaintCount(Q4, ComplaintCategory.Quality, 3, 3, Clock);

        Assert.That(Technician.ComplaintReviewFlags.Single().IsActive, Is.True);
        Assert.That(Technician.ComplaintReviewFlags.Single().RaisedAt, Is.EqualTo(ComplaintScenario.At(12, 1, 10)));
    }

    [Test]
    public void CP7_a_complaint_counts_in_the_quarter_it_was_verified_while_it_stands()
    {
        var october = VerifiedAt(ComplaintScenario.At(10, 1, 0, 30));
        var december = VerifiedAt(ComplaintScenario.At(12, 31, 23, 30));
        var january = VerifiedAt(ComplaintScenario.At(12, 31, 16, 30).AddHours(8));
        var overturned = VerifiedAt(ComplaintScenario.At(12, 1, 10));
        overturned.DecideAppeal(scenario.Appeal(overturned).Id, true, "Not his fault", ComplaintScenario.ManagerDeciding, Clock);

        Assert.Multiple(() =>
        {
            Assert.That(october.CountsTowardsReview(Technician.Id, ComplaintCategory.Quality, Q4), Is.True);
            Assert.That(december.CountsTowardsReview(Technician.Id, ComplaintCategory.Quality, Q4), Is.True);
            Assert.That(january.CountsTowardsReview(Technician.Id, ComplaintCategory.Quality, Q4), Is.False, "1 January 00:30 in Shanghai is the next quarter");
            Assert.That(overturned.CountsTowardsReview(Technician.Id, ComplaintCategory.Quality, Q4), Is.False);
            Assert.That(october.CountsTowardsReview(Technician.Id, ComplaintCategory.Attitude, Q4), Is.False);
            Assert.That(october.CountsTowardsReview(scenario.Colleague.Id, ComplaintCategory.Quality, Q4), Is.False);
        });
    }

    [TestCase(2026, 11, 16, 2026, 4)]
    [TestCase(2026, 1, 1, 2026, 1)]
    [TestCase(2026, 3, 31, 2026, 1)]
    [TestCase(2026, 4, 1, 2026, 2)]
    public void CP7_a_day_falls_in_its_calendar_quarter(int year, int month, int day, int quarterYear, int quarter)
    {
        var of = CalendarQuarter.Of(new DateOnly(year, month, day));

        Assert.That(of, Is.EqualTo(new CalendarQuarter(quarterYear, quarter)));
        Assert.That(of.Contains(new DateOnly(year, month, day)), Is.True);
        Assert.That(new CalendarQuarter(2026, 4).FirstDay, Is.EqualTo(new DateOnly(2026, 10, 1)));
        Assert.That(new CalendarQuarter(2026, 4).LastDay, Is.EqualTo(new DateOnly(2026, 12, 31)));
    }

    private Complaint VerifiedAt(DateTimeOffset at)
    {
        Clock.SetUtcNow(at);
        return scenario.Verified();
    }
}

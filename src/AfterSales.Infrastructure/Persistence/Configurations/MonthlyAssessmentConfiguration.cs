using System.Linq.Expressions;
using AfterSales.Domain.Assessments;
using AfterSales.Domain.Technicians;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AfterSales.Infrastructure.Persistence.Configurations;

internal sealed class MonthlyAssessmentConfiguration : IEntityTypeConfiguration<MonthlyAssessment>
{
    public void Configure(EntityTypeBuilder<MonthlyAssessment> builder)
    {
        builder.HasKey(assessment => assessment.Id);
        builder.Property(assessment => assessment.Id).ValueGeneratedNever();
        builder.Property(assessment => assessment.Version).IsRowVersion();
        builder.Ignore(assessment => assessment.DomainEvents);
        builder.Ignore(assessment => assessment.ComplaintCount);
        builder.Ignore(assessment => assessment.IsFrozen);

        // Stored as the month's first day, so months compare and range like dates ("the year 2026").
        builder.Property(assessment => assessment.Month)
            .HasConversion(month => month.FirstDay, firstDay => AssessmentMonth.Containing(firstDay));
        builder.HasOne<Technician>().WithMany().HasForeignKey(assessment => assessment.TechnicianId).OnDelete(DeleteBehavior.Restrict);

        // AS-1: one assessment per technician and month; also serves "a technician's assessments".
        builder.HasIndex(assessment => new { assessment.TechnicianId, assessment.Month }).IsUnique().HasDatabaseName(UniqueConstraints.AssessmentOfMonth);

        // The list and the HR reports (AS-8) read a month, or the approved months of a year.
        builder.HasIndex(assessment => new { assessment.Month, assessment.Status });

        builder.Property(assessment => assessment.Team).HasMaxLength(50);
        builder.Property(assessment => assessment.SelfComment).HasMaxLength(MonthlyAssessment.CommentMaxLength);
        builder.Property(assessment => assessment.CreatedBy).HasMaxLength(100);
        builder.Property(assessment => assessment.ScoredBy).HasMaxLength(100);
        builder.Property(assessment => assessment.SubmittedBy).HasMaxLength(100);
        builder.Property(assessment => assessment.ApprovedBy).HasMaxLength(100);

        builder.OwnsOne(assessment => assessment.Scores, Rubric);
        builder.OwnsOne(assessment => assessment.SelfScores, Rubric);
        builder.OwnsOne(assessment => assessment.Performance, performance =>
        {
            performance.Ignore(p => p.Total);
            Metric(performance, p => p.Satisfaction);
            Metric(performance, p => p.Resolution);
            Metric(performance, p => p.Timeliness);
            Metric(performance, p => p.Quality);
        });
        builder.Navigation(assessment => assessment.Performance).IsRequired();
        builder.OwnsOne(assessment => assessment.PayAdjustment, pay => pay.Ignore(p => p.Percent));
        builder.Navigation(assessment => assessment.PayAdjustment).IsRequired();

        builder.HasMany(assessment => assessment.Complaints).WithOne().HasForeignKey("AssessmentId").OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(assessment => assessment.Complaints).UsePropertyAccessMode(PropertyAccessMode.Field).AutoInclude();
        builder.HasMany(assessment => assessment.Amendments).WithOne().HasForeignKey("AssessmentId").OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(assessment => assessment.Amendments).UsePropertyAccessMode(PropertyAccessMode.Field).AutoInclude();
    }

    internal static void Rubric<TOwner>(OwnedNavigationBuilder<TOwner, AssessmentScores> scores)
        where TOwner : class
    {
        scores.Ignore(s => s.Attitude);
        scores.Ignore(s => s.Ability);
        scores.Ignore(s => s.Total);
    }

    /// <summary>A metric's figures (count, out of, weight); its rate and points are derived from them.</summary>
    private static void Metric(OwnedNavigationBuilder<MonthlyAssessment, Performance> performance, Expression<Func<Performance, PerformanceMetric?>> navigation)
    {
        performance.OwnsOne(navigation, metric =>
        {
            metric.Ignore(m => m.NoData);
            metric.Ignore(m => m.Rate);
            metric.Ignore(m => m.Score);
        });
        performance.Navigation(navigation).IsRequired();
    }
}

internal sealed class ComplaintDeductionConfiguration : IEntityTypeConfiguration<ComplaintDeduction>
{
    public void Configure(EntityTypeBuilder<ComplaintDeduction> builder)
    {
        builder.ToTable("assessment_complaint_deductions");
        builder.HasKey(deduction => deduction.Id);
        builder.Property(deduction => deduction.Id).ValueGeneratedNever();
        builder.Property(deduction => deduction.ComplaintNumber).HasMaxLength(20);
        builder.Ignore(deduction => deduction.Counts);

        // CP-8 finds the assessment that counted a complaint.
        builder.HasIndex(deduction => deduction.ComplaintId);
    }
}

internal sealed class AssessmentAmendmentConfiguration : IEntityTypeConfiguration<AssessmentAmendment>
{
    public void Configure(EntityTypeBuilder<AssessmentAmendment> builder)
    {
        builder.ToTable("assessment_amendments");
        builder.HasKey(amendment => amendment.Id);
        builder.Property(amendment => amendment.Id).ValueGeneratedNever();
        builder.Property(amendment => amendment.Reason).HasMaxLength(MonthlyAssessment.ReasonMaxLength);
        builder.Property(amendment => amendment.AmendedBy).HasMaxLength(100);
        builder.OwnsOne(amendment => amendment.Before, Outcome);
        builder.OwnsOne(amendment => amendment.After, Outcome);
    }

    /// <summary>A snapshot read only as a whole, so kept as one JSON document per side.</summary>
    private static void Outcome(OwnedNavigationBuilder<AssessmentAmendment, AssessmentOutcome> outcome)
    {
        outcome.ToJson();
        outcome.OwnsOne(o => o.Scores, MonthlyAssessmentConfiguration.Rubric);
    }
}

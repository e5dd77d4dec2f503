using AfterSales.Application.Common.Concurrency;
using AfterSales.Domain.Assessments;
using AutoMapper;

namespace AfterSales.Application.Assessments;

/// <summary>
/// AS-1..AS-7: a monthly assessment with every input behind its numbers. <see cref="Performance"/> carries
/// the counts of each metric and when they were computed; <see cref="PayAdjustment"/> its two parts.
/// </summary>
public sealed record AssessmentResponse(
    Guid Id,
    Guid TechnicianId,
    string Month,
    AssessmentStatus Status,
    RubricScoresResponse? Scores,
    SelfAssessmentResponse? SelfAssessment,
    PerformanceResponse Performance,
    DeductionsResponse Deductions,
    int Total,
    Grade Grade,
    DateOnly DueOn,
    bool SubmittedLate,
    int PayAdjustmentPercent,
    PayAdjustmentResponse PayAdjustment,
    IReadOnlyList<ComplaintDeductionResponse> Complaints,
    IReadOnlyList<AmendmentResponse> Amendments,
    string CreatedBy,
    DateTimeOffset CreatedAt,
    string? ScoredBy,
    DateTimeOffset? ScoredAt,
    string? SubmittedBy,
    DateTimeOffset? SubmittedAt,
    string? ApprovedBy,
    DateTimeOffset? ApprovedAt,
    uint Version) : IVersionedResource;

/// <summary>AS-1's rubric with its two subtotals: attitude of 40, ability of 20.</summary>
public sealed record RubricScoresResponse(int Initiative, int Coordination, int Loyalty, int Planning, int Execution, int WorkQuality, int Attitude, int Ability, int Total);

/// <summary>AS-3: the technician's own view, never counted.</summary>
public sealed record SelfAssessmentResponse(RubricScoresResponse Scores, string? Comment, DateTimeOffset RecordedAt);

/// <summary>AS-1's performance part: each metric's points, their total, and the counts they come from.</summary>
public sealed record PerformanceResponse(int Satisfaction, int Resolution, int Timeliness, int Quality, int Total, DateTimeOffset ComputedAt, PerformanceInputsResponse Inputs);

public sealed record PerformanceInputsResponse(MetricResponse Satisfaction, MetricResponse Resolution, MetricResponse Timeliness, MetricResponse Quality);

/// <summary><see cref="Count"/> of <see cref="OutOf"/>, the rate (4 places, at most 1), and the points of <see cref="Weight"/> it earns; <see cref="NoData"/> scores in full.</summary>
public sealed record MetricResponse(int Score, int Weight, int Count, int OutOf, decimal? Rate, bool NoData);

/// <summary>Points deducted: CP-6 complaints and TE-5 discipline, with how many of each.</summary>
public sealed record DeductionsResponse(int Complaints, int Discipline, int Total, int ComplaintCount, int DisciplineRecords);

/// <summary>AS-7: the two parts of the recommendation and their sum, in percent.</summary>
public sealed record PayAdjustmentResponse(int Satisfaction, int Complaints, int Total);

public sealed record ComplaintDeductionResponse(Guid ComplaintId, string Number, int Points, bool Counts, DateTimeOffset RecordedAt, DateTimeOffset? WithdrawnAt);

/// <summary>AS-6: one amendment with the outcome before and after it.</summary>
public sealed record AmendmentResponse(Guid Id, string Reason, string AmendedBy, DateTimeOffset AmendedAt, OutcomeResponse Before, OutcomeResponse After);

public sealed record OutcomeResponse(RubricScoresResponse? Scores, int Performance, int ComplaintDeduction, int DisciplineDeduction, int Total, Grade Grade, int PayAdjustmentPercent);

public sealed class AssessmentMappings : Profile
{
    /// <summary>A rate is shown to four places (0.9375); the points were computed from the exact one.</summary>
    private const int RateDecimals = 4;

    public AssessmentMappings()
    {
        CreateMap<MonthlyAssessment, AssessmentResponse>()
            .ForCtorParam(nameof(AssessmentResponse.Month), options => options.MapFrom(assessment => assessment.Month.ToString()))
            .ForCtorParam(nameof(AssessmentResponse.SelfAssessment), options => options.MapFrom(assessment => assessment.SelfScores == null ? null : assessment))
            .ForCtorParam(nameof(AssessmentResponse.Deductions), options => options.MapFrom(assessment => assessment))
            .ForCtorParam(nameof(AssessmentResponse.PayAdjustmentPercent), options => options.MapFrom(assessment => assessment.PayAdjustment.Percent))
            .ForCtorParam(nameof(AssessmentResponse.Complaints), options => options.MapFrom(assessment => assessment.Complaints.OrderBy(complaint => complaint.RecordedAt)))
            .ForCtorParam(nameof(AssessmentResponse.Amendments), options => options.MapFrom(assessment => assessment.Amendments.OrderBy(amendment => amendment.AmendedAt)));
        CreateMap<AssessmentScores, RubricScoresResponse>();
        CreateMap<MonthlyAssessment, SelfAssessmentResponse>()
            .ForCtorParam(nameof(SelfAssessmentResponse.Scores), options => options.MapFrom(assessment => assessment.SelfScores))
            .ForCtorParam(nameof(SelfAssessmentResponse.Comment), options => options.MapFrom(assessment => assessment.SelfComment))
            .ForCtorParam(nameof(SelfAssessmentResponse.RecordedAt), options => options.MapFrom(assessment => assessment.SelfAssessedAt));
        CreateMap<Performance, PerformanceResponse>()
            .ForCtorParam(nameof(PerformanceResponse.Satisfaction), options => options.MapFrom(performance => performance.Satisfaction.Score))
            .ForCtorParam(nameof(PerformanceResponse.Resolution), options => options.MapFrom(performance => performance.Resolution.Score))
            .ForCtorParam(nameof(PerformanceResponse.Timeliness), options => options.MapFrom(performance => performance.Timeliness.Score))
            .ForCtorParam(nameof(PerformanceResponse.Quality), options => options.MapFrom(performance => performance.Quality.Score))
            .ForCtorParam(nameof(PerformanceResponse.Inputs), options => options.MapFrom(performance => performance));
        CreateMap<Performance, PerformanceInputsResponse>();
        CreateMap<PerformanceMetric, MetricResponse>()
            .ForCtorParam(nameof(MetricResponse.Rate), options => options.MapFrom(metric => metric.Rate == null ? (decimal?)null : decimal.Round(metric.Rate.Value, RateDecimals, MidpointRounding.AwayFromZero)));
        CreateMap<MonthlyAssessment, DeductionsResponse>()
            .ForCtorParam(nameof(DeductionsResponse.Complaints), options => options.MapFrom(assessment => assessment.ComplaintDeduction))
            .ForCtorParam(nameof(DeductionsResponse.Discipline), options => options.MapFrom(assessment => assessment.DisciplineDeduction))
            .ForCtorParam(nameof(DeductionsResponse.Total), options => options.MapFrom(assessment => assessment.ComplaintDeduction + assessment.DisciplineDeduction));
        CreateMap<PayAdjustment, PayAdjustmentResponse>()
            .ForCtorParam(nameof(PayAdjustmentResponse.Satisfaction), options => options.MapFrom(pay => pay.SatisfactionPercent))
            .ForCtorParam(nameof(PayAdjustmentResponse.Complaints), options => options.MapFrom(pay => pay.ComplaintPercent))
            .ForCtorParam(nameof(PayAdjustmentResponse.Total), options => options.MapFrom(pay => pay.Percent));
        CreateMap<ComplaintDeduction, ComplaintDeductionResponse>()
            .ForCtorParam(nameof(ComplaintDeductionResponse.Number), options => options.MapFrom(complaint => complaint.ComplaintNumber));
        CreateMap<AssessmentAmendment, AmendmentResponse>();
        CreateMap<AssessmentOutcome, OutcomeResponse>();
    }
}

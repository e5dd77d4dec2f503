using System.Globalization;
using AfterSales.Application.Common.Concurrency;
using AfterSales.Application.Common.Time;
using AfterSales.Domain.Complaints;
using AfterSales.Domain.WorkOrders;
using AutoMapper;

namespace AfterSales.Application.Complaints;

/// <summary>
/// A complaint. <see cref="Penalty"/> is the effective amount: <see cref="BasePenalty"/>, the verifier's, doubled
/// for a repeat complaint and again for a falsified record (CP-5), and 0 once an appeal is upheld (CP-8), as is
/// <see cref="DeductionPoints"/>, taken from the assessment of <see cref="DeductionMonth"/> ("2026-11", CP-6).
/// </summary>
public sealed record ComplaintResponse(
    Guid Id,
    string Number,
    ComplaintStatus Status,
    Channel Channel,
    ComplaintCategory Category,
    ComplaintSeverity Severity,
    Guid CustomerId,
    Guid? WorkOrderId,
    Guid? EquipmentId,
    Guid? TechnicianId,
    Guid? ResponsibleTechnicianId,
    string Description,
    DateTimeOffset RegisteredAt,
    string RegisteredBy,
    DateTimeOffset PromisedResponseBy,
    EscalationResponse? Escalation,
    VerificationResponse? Verification,
    decimal? BasePenalty,
    bool RepeatComplaint,
    bool FalsifiedRecord,
    decimal? Penalty,
    int? DeductionPoints,
    string? DeductionMonth,
    CustomerNotificationResponse? CustomerNotification,
    DateTimeOffset? ResolvedAt,
    DateTimeOffset? ClosedAt,
    IReadOnlyList<ComplaintFollowUpResponse> FollowUps,
    IReadOnlyList<AppealResponse> Appeals,
    uint Version) : IVersionedResource
{
    /// <summary>IQ-1: the inquiry the complaint was turned from, when it began as a question.</summary>
    public Guid? InquiryId { get; init; }
}

public sealed record EscalationResponse(string DirectorName, string? Note, string EscalatedBy, DateTimeOffset EscalatedAt);

public sealed record VerificationResponse(bool Verified, string Findings, string DecidedBy, DateTimeOffset DecidedAt);

public sealed record CustomerNotificationResponse(NotificationMethod How, string? Note, string NotifiedBy, DateTimeOffset NotifiedAt);

public sealed record ComplaintFollowUpResponse(bool Satisfied, string? Note, string RecordedBy, DateTimeOffset RecordedAt);

/// <summary>CP-8: an appeal; <see cref="DecisionOverdue"/> is an undecided one past <see cref="DecideBy"/>.</summary>
public sealed record AppealResponse(
    Guid Id,
    int Round,
    string Reason,
    string FiledBy,
    DateTimeOffset FiledAt,
    DateOnly NotifiedOn,
    DateOnly FileBy,
    DateOnly DecideBy,
    bool? Upheld,
    string? DecisionNote,
    string? DecidedBy,
    DateTimeOffset? DecidedAt,
    bool DecisionOverdue);

/// <summary>CP-8: whether a decision is overdue depends on today, so it is decided each time an appeal is read.</summary>
public sealed class AppealResponseConverter(CompanyCalendar calendar) : ITypeConverter<Appeal, AppealResponse>
{
    public AppealResponse Convert(Appeal source, AppealResponse destination, ResolutionContext context) =>
        new(
            source.Id,
            source.Round,
            source.Reason,
            source.FiledBy,
            source.FiledAt,
            source.NotifiedOn,
            source.FileBy,
            source.DecideBy,
            source.Upheld,
            source.DecisionNote,
            source.DecidedBy,
            source.DecidedAt,
            source.IsDecisionOverdueOn(calendar.Today));
}

public sealed class ComplaintMappings : Profile
{
    public ComplaintMappings()
    {
        CreateMap<Complaint, ComplaintResponse>()
            .ForCtorParam(nameof(ComplaintResponse.DeductionMonth), options => options.MapFrom(complaint =>
                complaint.DeductionMonth.HasValue ? complaint.DeductionMonth.Value.ToString("yyyy-MM", CultureInfo.InvariantCulture) : null))
            .ForCtorParam(nameof(ComplaintResponse.FollowUps), options => options.MapFrom(complaint => complaint.FollowUps.OrderBy(followUp => followUp.RecordedAt)))
            .ForCtorParam(nameof(ComplaintResponse.Appeals), options => options.MapFrom(complaint => complaint.Appeals.OrderBy(appeal => appeal.Round)));
        CreateMap<Escalation, EscalationResponse>();
        CreateMap<Verification, VerificationResponse>();
        CreateMap<CustomerNotification, CustomerNotificationResponse>();
        CreateMap<ComplaintFollowUp, ComplaintFollowUpResponse>();
        CreateMap<Appeal, AppealResponse>().ConvertUsing<AppealResponseConverter>();
    }
}

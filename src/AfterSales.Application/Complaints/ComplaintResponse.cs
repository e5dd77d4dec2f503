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
/// <see cref="PenaltyBreakdown"/> shows how the effective amount came about (CP-5 r2); <see cref="Penalty"/> stays the
/// number it always was, so clients reading it are not broken.
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
    bool NotDoneProperly,
    decimal? Penalty,
    PenaltyBreakdown? PenaltyBreakdown,
    int? DeductionPoints,
    string? DeductionMonth,
    CustomerNotificationResponse? CustomerNotification,
    DateTimeOffset? ResolvedAt,
    DateTimeOffset? ClosedAt,
    IReadOnlyList<ComplaintFollowUpResponse> FollowUps,
    IReadOnlyList<AppealResponse> Appeals,
    IReadOnlyList<CustomerContactResponse> CustomerContacts,
    IReadOnlyList<ProgressUpdateResponse> ProgressUpdates,
    DateTimeOffset LastUpdateAt,
    uint Version) : IVersionedResource
{
    /// <summary>IQ-1: the inquiry the complaint was turned from, when it began as a question.</summary>
    public Guid? InquiryId { get; init; }
}


/// <summary>CP-5 (r2): the verifier's base amount, what multiplied it, and the effective amount (0 once an appeal is upheld).</summary>
public sealed record PenaltyBreakdown(decimal Base, IReadOnlyList<PenaltyFactorResponse> Factors, decimal Effective)
{
    public static PenaltyBreakdown? Of(Complaint complaint) =>
        complaint.BasePenalty is { } amount
            ? new(amount, [.. complaint.PenaltyFactors.Select(factor => new PenaltyFactorResponse(factor.Reason, factor.Multiplier))], complaint.Penalty!.Value)
            : null;
}

public sealed record PenaltyFactorResponse(PenaltyFactorReason Reason, int Multiplier);

/// <summary>CP-9: a visit or call to the customer, by whom and when.</summary>
public sealed record CustomerContactResponse(Guid Id, CustomerContactKind Kind, string By, DateTimeOffset At, string? Note, string RecordedBy, DateTimeOffset RecordedAt);

/// <summary>CP-9: a progress update given to the customer.</summary>
public sealed record ProgressUpdateResponse(Guid Id, DateTimeOffset At, string Note, string RecordedBy, DateTimeOffset RecordedAt);

public sealed record EscalationResponse(string DirectorName, string? Note, string EscalatedBy, DateTimeOffset EscalatedAt);

public sealed record VerificationResponse(bool Verified, string Findings, string DecidedBy, DateTimeOffset DecidedAt);

public sealed record CustomerNotificationResponse(NotificationMethod How, string? Note, DateOnly? LetterDate, string? LetterReference, string NotifiedBy, DateTimeOffset NotifiedAt);

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
            .ForCtorParam(nameof(ComplaintResponse.Appeals), options => options.MapFrom(complaint => complaint.Appeals.OrderBy(appeal => appeal.Round)))
            .ForCtorParam(nameof(ComplaintResponse.PenaltyBreakdown), options => options.MapFrom(complaint => PenaltyBreakdown.Of(complaint)))
            .ForCtorParam(nameof(ComplaintResponse.CustomerContacts), options => options.MapFrom(complaint => complaint.CustomerContacts.OrderBy(contact => contact.At)))
            .ForCtorParam(nameof(ComplaintResponse.ProgressUpdates), options => options.MapFrom(complaint => complaint.ProgressUpdates.OrderBy(update => update.At)));
        CreateMap<Escalation, EscalationResponse>();
        CreateMap<Verification, VerificationResponse>();
        CreateMap<CustomerNotification, CustomerNotificationResponse>();
        CreateMap<ComplaintFollowUp, ComplaintFollowUpResponse>();
        CreateMap<ComplaintCustomerContact, CustomerContactResponse>();
        CreateMap<ProgressUpdate, ProgressUpdateResponse>();
        CreateMap<Appeal, AppealResponse>().ConvertUsing<AppealResponseConverter>();
    }
}

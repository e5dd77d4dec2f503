namespace AfterSales.Application.Security;

/// <summary>Who may call what, in the words of DOMAIN.md's roles and API.md's role column.</summary>
public static class Policies
{
    /// <summary>Any member of staff with a known role.</summary>
    public static readonly AccessPolicy Staff = new(nameof(Staff), Roles.All);

    /// <summary>"Dispatcher+": customer service and those who lead it.</summary>
    public static readonly AccessPolicy DispatchDesk = new(nameof(DispatchDesk), [Roles.Dispatcher, Roles.TeamLead, Roles.Manager, Roles.Admin]);

    /// <summary>Reads of customer cards: the dispatch desk, plus Finance and HR (read-only elsewhere).</summary>
    public static readonly AccessPolicy CustomerReaders = new(nameof(CustomerReaders), [Roles.Dispatcher, Roles.TeamLead, Roles.Manager, Roles.Admin, Roles.Finance, Roles.HR]);

    /// <summary>Creates technicians and changes their employment status.</summary>
    public static readonly AccessPolicy StaffAdministration = new(nameof(StaffAdministration), [Roles.Admin, Roles.Manager]);

    /// <summary>Issues and takes back company property (TE-4).</summary>
    public static readonly AccessPolicy PropertyManagement = new(nameof(PropertyManagement), [Roles.Manager]);

    /// <summary>"TeamLead+": records discipline (TE-5).</summary>
    public static readonly AccessPolicy TeamLeadership = new(nameof(TeamLeadership), [Roles.TeamLead, Roles.Manager]);

    /// <summary>Work on an order in the field: the technician (their own orders only) and those who lead them.</summary>
    public static readonly AccessPolicy FieldWork = new(nameof(FieldWork), [Roles.Technician, Roles.TeamLead, Roles.Manager]);

    /// <summary>
    /// Reaching the customer about an order, or passing on what they said they want to buy (WO-15):
    /// field work plus the dispatchers who make the calls.
    /// </summary>
    public static readonly AccessPolicy CustomerContact = new(nameof(CustomerContact), [Roles.Technician, Roles.Dispatcher, Roles.TeamLead, Roles.Manager]);

    /// <summary>The team lead's daily report (WO-14): team leads, the manager, and Admin; not the dispatchers.</summary>
    public static readonly AccessPolicy TeamReports = new(nameof(TeamReports), [Roles.TeamLead, Roles.Manager, Roles.Admin]);

    /// <summary>Reads the audit trail .</summary>
    public static readonly AccessPolicy AuditReaders = new(nameof(AuditReaders), [Roles.Manager, Roles.Admin]);

    /// <summary>Finance's own desk: approves parts issue, books old parts in or waives them (the warehouse reports to it), takes in cash (WO-11, WO-12).</summary>
    public static readonly AccessPolicy Finance = new(nameof(Finance), [Roles.Finance]);

    /// <summary>Records money received from a customer: field work, who collect it, and Finance, who receive transfers (WO-12).</summary>
    public static readonly AccessPolicy PaymentCollection = new(nameof(PaymentCollection), [Roles.Technician, Roles.TeamLead, Roles.Manager, Roles.Finance]);

    /// <summary>Reads receivables and the salary-deduction list (WO-12).</summary>
    public static readonly AccessPolicy ReceivableReaders = new(nameof(ReceivableReaders), [Roles.Finance, Roles.Manager]);

    /// <summary>Reads complaints: every staff role but HR, who has no part in them (technicians see only their own, X-4).</summary>
    public static readonly AccessPolicy ComplaintReaders = new(nameof(ComplaintReaders), [.. Roles.All.Except([Roles.HR])]);

    /// <summary>Decides appeals against verified complaints (CP-8): the after-sales manager.</summary>
    public static readonly AccessPolicy AppealDecisions = new(nameof(AppealDecisions), [Roles.Manager]);

    /// <summary>Starts handover checklists, adds and waives items, completes checklists (HC-1, HC-4, HC-5).</summary>
    public static readonly AccessPolicy HandoverManagement = new(nameof(HandoverManagement), [Roles.Manager]);

    /// <summary>Lists handover checklists, the overdue ones among them (HC-6).</summary>
    public static readonly AccessPolicy HandoverReaders = new(nameof(HandoverReaders), [Roles.Manager, Roles.HR]);

    /// <summary>Reads monthly assessments: team leads, the manager and HR see all; a technician their own .</summary>
    public static readonly AccessPolicy AssessmentReaders = new(nameof(AssessmentReaders), [Roles.TeamLead, Roles.Manager, Roles.HR, Roles.Technician]);

    /// <summary>The team lead's part of the assessment workflow: scoring and submitting (AS-1, AS-4).</summary>
    public static readonly AccessPolicy AssessmentScoring = new(nameof(AssessmentScoring), [Roles.TeamLead]);

    /// <summary>The technician's own self-assessment (AS-3).</summary>
    public static readonly AccessPolicy SelfAssessment = new(nameof(SelfAssessment), [Roles.Technician]);

    /// <summary>The manager's part: approving assessments and amending approved ones (AS-4, AS-6).</summary>
    public static readonly AccessPolicy AssessmentApproval = new(nameof(AssessmentApproval), [Roles.Manager]);

    /// <summary>HR's grade reports (AS-8), which the manager may also pull.</summary>
    public static readonly AccessPolicy GradeReports = new(nameof(GradeReports), [Roles.HR, Roles.Manager]);

    /// <summary>Creates the users people sign in as, sets their roles, links them to technicians, resets and disables them .</summary>
    public static readonly AccessPolicy UserAdministration = new(nameof(UserAdministration), [Roles.Admin]);

    public static IReadOnlyList<AccessPolicy> All { get; } =
    [
        Staff, DispatchDesk, CustomerReaders, StaffAdministration, PropertyManagement, TeamLeadership, FieldWork, CustomerContact,
        TeamReports, AuditReaders, Finance, PaymentCollection, ReceivableReaders, ComplaintReaders, AppealDecisions,
        HandoverManagement, HandoverReaders, AssessmentReaders, AssessmentScoring, SelfAssessment, AssessmentApproval, GradeReports,
        UserAdministration,
    ];
}

using AfterSales.Application.Security;
using Microsoft.AspNetCore.Authorization;

namespace AfterSales.Api.Auth;

/// <summary>Who may call what, in the words of DOMAIN.md's roles and API.md's role column.</summary>
public static class Policies
{
    /// <summary>Any member of staff with a known role.</summary>
    public const string Staff = nameof(Staff);

    /// <summary>"Dispatcher+": customer service and those who lead it.</summary>
    public const string DispatchDesk = nameof(DispatchDesk);

    /// <summary>Reads of customer cards: the dispatch desk, plus Finance and HR (read-only elsewhere).</summary>
    public const string CustomerReaders = nameof(CustomerReaders);

    /// <summary>Creates technicians and changes their employment status.</summary>
    public const string StaffAdministration = nameof(StaffAdministration);

    /// <summary>Issues and takes back company property (TE-4).</summary>
    public const string PropertyManagement = nameof(PropertyManagement);

    /// <summary>"TeamLead+": records discipline (TE-5).</summary>
    public const string TeamLeadership = nameof(TeamLeadership);

    /// <summary>Work on an order in the field: the technician (their own orders only) and those who lead them.</summary>
    public const string FieldWork = nameof(FieldWork);

    /// <summary>
    /// Reaching the customer about an order, or passing on what they said they want to buy (WO-15):
    /// field work plus the dispatchers who make the calls.
    /// </summary>
    public const string CustomerContact = nameof(CustomerContact);

    /// <summary>The team lead's daily report (WO-14): team leads, the manager, and Admin; not the dispatchers.</summary>
    public const string TeamReports = nameof(TeamReports);

    /// <summary>Reads the audit trail .</summary>
    public const string AuditReaders = nameof(AuditReaders);

    /// <summary>Finance's own desk: approves parts issue, books old parts in or waives them (the warehouse reports to it), takes in cash (WO-11, WO-12).</summary>
    public const string Finance = nameof(Finance);

    /// <summary>Records money received from a customer: field work, who collect it, and Finance, who receive transfers (WO-12).</summary>
    public const string PaymentCollection = nameof(PaymentCollection);

    /// <summary>Reads receivables and the salary-deduction list (WO-12).</summary>
    public const string ReceivableReaders = nameof(ReceivableReaders);

    /// <summary>Reads complaints: every staff role but HR, who has no part in them (technicians see only their own, X-4).</summary>
    public const string ComplaintReaders = nameof(ComplaintReaders);

    /// <summary>Decides appeals against verified complaints (CP-8): the after-sales manager.</summary>
    public const string AppealDecisions = nameof(AppealDecisions);
    /// <summary>Starts handover checklists, adds and waives items, completes checklists (HC-1, HC-4, HC-5).</summary>
    public const string HandoverManagement = nameof(HandoverManagement);

    /// <summary>Lists handover checklists, the overdue ones among them (HC-6).</summary>
    public const string HandoverReaders = nameof(HandoverReaders);

    /// <summary>Reads monthly assessments: team leads, the manager and HR see all; a technician their own .</summary>
    public const string AssessmentReaders = nameof(AssessmentReaders);

    /// <summary>The team lead's part of the assessment workflow: scoring and submitting (AS-1, AS-4).</summary>
    public const string AssessmentScoring = nameof(AssessmentScoring);

    /// <summary>The technician's own self-assessment (AS-3).</summary>
    public const string SelfAssessment = nameof(SelfAssessment);

    /// <summary>The manager's part: approving assessments and amending approved ones (AS-4, AS-6).</summary>
    public const string AssessmentApproval = nameof(AssessmentApproval);

    /// <summary>HR's grade reports (AS-8), which the manager may also pull.</summary>
    public const string GradeReports = nameof(GradeReports);

    public static AuthorizationBuilder AddAfterSalesPolicies(this AuthorizationBuilder builder) =>
        builder
            .AddPolicy(Staff, policy => policy.RequireRole(Roles.All))
            .AddPolicy(DispatchDesk, policy => policy.RequireRole(Roles.Dispatcher, Roles.TeamLead, Roles.Manager, Roles.Admin))
            .AddPolicy(CustomerReaders, policy => policy.RequireRole(Roles.Dispatcher, Roles.TeamLead, Roles.Manager, Roles.Admin, Roles.Finance, Roles.HR))
            .AddPolicy(StaffAdministration, policy => policy.RequireRole(Roles.Admin, Roles.Manager))
            .AddPolicy(PropertyManagement, policy => policy.RequireRole(Roles.Manager))
            .AddPolicy(TeamLeadership, policy => policy.RequireRole(Roles.TeamLead, Roles.Manager))
            .AddPolicy(FieldWork, policy => policy.RequireRole(Roles.Technician, Roles.TeamLead, Roles.Manager))
            .AddPolicy(CustomerContact, policy => policy.RequireRole(Roles.Technician, Roles.Dispatcher, Roles.TeamLead, Roles.Manager))
            .AddPolicy(TeamReports, policy => policy.RequireRole(Roles.TeamLead, Roles.Manager, Roles.Admin))
            .AddPolicy(AuditReaders, policy => policy.RequireRole(Roles.Manager, Roles.Admin))
            .AddPolicy(Finance, policy => policy.RequireRole(Roles.Finance))
            .AddPolicy(PaymentCollection, policy => policy.RequireRole(Roles.Technician, Roles.TeamLead, Roles.Manager, Roles.Finance))
            .AddPolicy(ReceivableReaders, policy => policy.RequireRole(Roles.Finance, Roles.Manager))
            .AddPolicy(ComplaintReaders, policy => policy.RequireRole(Roles.All.Except([Roles.HR])))
            .AddPolicy(AppealDecisions, policy => policy.RequireRole(Roles.Manager))
            .AddPolicy(HandoverManagement, policy => policy.RequireRole(Roles.Manager))
            .AddPolicy(HandoverReaders, policy => policy.RequireRole(Roles.Manager, Roles.HR))
            .AddPolicy(AssessmentReaders, policy => policy.RequireRole(Roles.TeamLead, Roles.Manager, Roles.HR, Roles.Technician))
            .AddPolicy(AssessmentScoring, policy => policy.RequireRole(Roles.TeamLead))
            .AddPolicy(SelfAssessment, policy => policy.RequireRole(Roles.Technician))
            .AddPolicy(AssessmentApproval, policy => policy.RequireRole(Roles.Manager))
            .AddPolicy(GradeReports, policy => policy.RequireRole(Roles.HR, Roles.Manager));
}

namespace AfterSales.Application.Security;

/// <summary>Who may call what, in the words of DOMAIN.md's roles and API.md's role column.</summary>
public static class Policies
{
    /// <summary>Any member of staff with a known role.</summary>
    public static readonly AccessPolicy Staff = new(nameof(Staff), Roles.All);

    /// <summary>"Dispatcher+": customer service and those who lead it.</summary>
    public static readonly AccessPolicy DispatchDesk = new(nameof(DispatchDesk), [Roles.Dispatcher, Roles.TeamLead, .. Roles.Management, Roles.Admin]);

    /// <summary>Reads of customer cards: the dispatch desk, plus Finance and HR (read-only elsewhere).</summary>
    public static readonly AccessPolicy CustomerReaders = new(nameof(CustomerReaders), [Roles.Dispatcher, Roles.TeamLead, .. Roles.Management, Roles.Admin, Roles.Finance, Roles.HR]);

    /// <summary>
    /// One customer's card: the customer readers, and a technician for the customers they serve (WO-21: an open order
    /// of theirs, or in their care); any other customer is not found to a technician.
    /// </summary>
    public static readonly AccessPolicy CustomerCard = new(nameof(CustomerCard), [.. CustomerReaders.Roles, Roles.Technician]);

    /// <summary>Creates technicians and changes their employment status.</summary>
    public static readonly AccessPolicy StaffAdministration = new(nameof(StaffAdministration), [Roles.Admin, .. Roles.Management]);

    /// <summary>Issues and takes back company property (TE-4).</summary>
    public static readonly AccessPolicy PropertyManagement = new(nameof(PropertyManagement), Roles.Management);

    /// <summary>"TeamLead+": records discipline (TE-5).</summary>
    public static readonly AccessPolicy TeamLeadership = new(nameof(TeamLeadership), [Roles.TeamLead, .. Roles.Management]);

    /// <summary>Work on an order in the field: the technician (their own orders only) and those who lead them.</summary>
    public static readonly AccessPolicy FieldWork = new(nameof(FieldWork), [Roles.Technician, Roles.TeamLead, .. Roles.Management]);

    /// <summary>
    /// Reaching the customer about an order, or passing on what they said they want to buy (WO-15):
    /// field work plus the dispatchers who make the calls.
    /// </summary>
    public static readonly AccessPolicy CustomerContact = new(nameof(CustomerContact), [Roles.Technician, Roles.Dispatcher, Roles.TeamLead, .. Roles.Management]);

    /// <summary>The team lead's daily report (WO-14): team leads, the manager, and Admin; not the dispatchers.</summary>
    public static readonly AccessPolicy TeamReports = new(nameof(TeamReports), [Roles.TeamLead, .. Roles.Management, Roles.Admin]);

    /// <summary>Reads the audit trail .</summary>
    public static readonly AccessPolicy AuditReaders = new(nameof(AuditReaders), [.. Roles.Management, Roles.Admin]);

    /// <summary>Finance's own desk: approves parts issue, waives old parts' return, takes in cash (WO-11, WO-12).</summary>
    public static readonly AccessPolicy Finance = new(nameof(Finance), [Roles.Finance]);

    /// <summary>The warehouse books parts in and out: issued, back unused, old parts back (WO-11).</summary>
    /// <summary>"Manager+": a discount over a technician's limits (WO-12 r2).</summary>
    public static readonly AccessPolicy DiscountApproval = new(nameof(DiscountApproval), Roles.Management);

    public static readonly AccessPolicy PartsStore = new(nameof(PartsStore), [Roles.Warehouse]);

    /// <summary>WO-11 (r2): a part line above the director's limit needs the Director's approval after Finance's.</summary>
    public static readonly AccessPolicy DirectorApproval = new(nameof(DirectorApproval), [Roles.Director]);

    /// <summary>WO-11 (r2): the outstanding old parts and their deposits, for Finance, the Warehouse and management.</summary>
    public static readonly AccessPolicy OldPartReaders = new(nameof(OldPartReaders), [Roles.Finance, Roles.Warehouse, .. Roles.Management]);

    /// <summary>PS-1: parts-replacement requests, registered and taken by the dispatch desk or the Warehouse, who ship them (PR-3).</summary>
    public static readonly AccessPolicy PartsReplacementDesk = new(nameof(PartsReplacementDesk), [.. DispatchDesk.Roles, Roles.Warehouse]);

    /// <summary>Sales follows up the leads technicians pass on and marks them won or lost (WO-15); the dispatch desk records and reads them too.</summary>
    public static readonly AccessPolicy SalesLeadDesk = new(nameof(SalesLeadDesk), [Roles.Sales, Roles.Dispatcher, Roles.TeamLead, .. Roles.Management, Roles.Admin]);

    /// <summary>Records money received from a customer: field work, who collect it, and Finance, who receive transfers (WO-12).</summary>
    public static readonly AccessPolicy PaymentCollection = new(nameof(PaymentCollection), [Roles.Technician, Roles.TeamLead, .. Roles.Management, Roles.Finance]);

    /// <summary>CU-3 (r2): contract renewal tasks, worked by the responsible technician (their own) and followed by the desk.</summary>
    public static readonly AccessPolicy RenewalWork = new(nameof(RenewalWork), [Roles.Technician, Roles.Dispatcher, Roles.TeamLead, .. Roles.Management, Roles.Admin]);

    /// <summary>CU-5 (r2): the contact-log report, read by the desk, management, and Sales and Quality, whom its fields serve.</summary>
    public static readonly AccessPolicy ContactLogReport = new(nameof(ContactLogReport), [Roles.Dispatcher, Roles.TeamLead, .. Roles.Management, Roles.Sales, Roles.Quality, Roles.Admin]);

    /// <summary>Reads receivables and the salary-deduction list (WO-12).</summary>
    public static readonly AccessPolicy ReceivableReaders = new(nameof(ReceivableReaders), [Roles.Finance, .. Roles.Management]);

    /// <summary>Reads the lists of money across all orders: cash not yet remitted, by collector, and refunds owed to customers (WO-11, WO-12 r2).</summary>
    public static readonly AccessPolicy PaymentListReaders = new(nameof(PaymentListReaders), [Roles.Finance, .. Roles.Management]);

    /// <summary>Reads Finance's invoice requests and the list of those not issued in time (WO-12 r2).</summary>
    public static readonly AccessPolicy InvoiceRequestReaders = new(nameof(InvoiceRequestReaders), [Roles.Finance, .. Roles.Management]);

    /// <summary>Reads complaints: those with a part in them, and Quality, who looks for causes (technicians see only their own, X-4).</summary>
    public static readonly AccessPolicy ComplaintReaders = new(nameof(ComplaintReaders), [Roles.Dispatcher, Roles.Technician, Roles.TeamLead, .. Roles.Management, Roles.Finance, Roles.Quality, Roles.Admin]);

    /// <summary>Decides appeals against verified complaints (CP-8): the after-sales manager; a second appeal only the director.</summary>
    public static readonly AccessPolicy AppealDecisions = new(nameof(AppealDecisions), Roles.Management);

    /// <summary>Starts handover checklists, adds and waives items, completes checklists (HC-1, HC-4, HC-5).</summary>
    public static readonly AccessPolicy HandoverManagement = new(nameof(HandoverManagement), Roles.Management);

    /// <summary>Lists handover checklists, the overdue ones among them (HC-6).</summary>
    public static readonly AccessPolicy HandoverReaders = new(nameof(HandoverReaders), [.. Roles.Management, Roles.HR]);

    /// <summary>Reads monthly assessments: the manager and HR see all; a team lead their team's, a technician their own .</summary>
    public static readonly AccessPolicy AssessmentReaders = new(nameof(AssessmentReaders), [Roles.TeamLead, .. Roles.Management, Roles.HR, Roles.Technician]);

    /// <summary>Scoring and submitting (AS-1, AS-4): the team lead, their own team's; the manager, a team lead's (AS-4 r2).</summary>
    public static readonly AccessPolicy AssessmentScoring = new(nameof(AssessmentScoring), [Roles.TeamLead, .. Roles.Management]);

    /// <summary>The technician's own self-assessment (AS-3).</summary>
    public static readonly AccessPolicy SelfAssessment = new(nameof(SelfAssessment), [Roles.Technician]);

    /// <summary>The manager's part: approving assessments and amending approved ones (AS-4, AS-6).</summary>
    public static readonly AccessPolicy AssessmentApproval = new(nameof(AssessmentApproval), Roles.Management);

    /// <summary>HR's grade reports (AS-8), which the manager may also pull.</summary>
    public static readonly AccessPolicy GradeReports = new(nameof(GradeReports), [Roles.HR, .. Roles.Management]);

    /// <summary>"Manager+": the after-sales manager's daily list of orders without a promise or past it (WO-18).</summary>
    public static readonly AccessPolicy PromiseList = new(nameof(PromiseList), Roles.Management);

    /// <summary>Orders salespeople passed on late (WO-19): the sales manager, and the after-sales managers.</summary>
    public static readonly AccessPolicy LateForwardReaders = new(nameof(LateForwardReaders), [Roles.Sales, .. Roles.Management]);

    /// <summary>Creates the users people sign in as, sets their roles, links them to technicians, resets and disables them .</summary>
    public static readonly AccessPolicy UserAdministration = new(nameof(UserAdministration), [Roles.Admin]);

    /// <summary>Maintains the working calendar's holidays and make-up working days (WO-7 r2); everyone on the staff reads it.</summary>
    public static readonly AccessPolicy CalendarAdministration = new(nameof(CalendarAdministration), [Roles.Admin]);

    /// <summary>PR-1: Finance keeps the price list, one line at a time.</summary>
    public static readonly AccessPolicy PriceListKeeping = new(nameof(PriceListKeeping), [Roles.Finance]);

    /// <summary>PR-1: Admin loads the price list from a workbook.</summary>
    public static readonly AccessPolicy PriceListImport = new(nameof(PriceListImport), [Roles.Admin]);

    /// <summary>
    /// PR-1: reads the price list: everyone who quotes, books or bills parts and labour (field work, the desk that
    /// answers customers' price questions, Finance, the warehouse) and Admin, who imports it. Sales, Quality and HR
    /// do not price anything.
    /// </summary>
    public static readonly AccessPolicy PriceListReaders = new(nameof(PriceListReaders),
        [Roles.Dispatcher, Roles.Technician, Roles.TeamLead, .. Roles.Management, Roles.Finance, Roles.Warehouse, Roles.Admin]);

    /// <summary>RX-1, RX-2: the desk registers return and exchange requests and arranges how the item comes back.</summary>
    public static readonly AccessPolicy ReturnIntake = new(nameof(ReturnIntake), [Roles.Dispatcher, Roles.TeamLead, .. Roles.Management, Roles.Admin]);

    /// <summary>RX-1, RX-2: the Manager approves or refuses a request, grants an ineligible one an exception, and settles a failed inspection with the customer.</summary>
    public static readonly AccessPolicy ReturnDecisions = new(nameof(ReturnDecisions), Roles.Management);

    /// <summary>RX-2: Quality inspects a returned item.</summary>
    public static readonly AccessPolicy ReturnInspection = new(nameof(ReturnInspection), [Roles.Quality]);

    /// <summary>RX-2: reads return and exchange requests: the desk, the manager, and those with a step in them (Warehouse, Quality, Finance).</summary>
    public static readonly AccessPolicy ReturnReaders = new(nameof(ReturnReaders), [Roles.Dispatcher, Roles.TeamLead, .. Roles.Management, Roles.Admin, Roles.Warehouse, Roles.Quality, Roles.Finance]);

    /// <summary>RX-3: the stock movements of returns and exchanges, kept for the Warehouse and read by Finance and the manager.</summary>
    public static readonly AccessPolicy StockMovementReaders = new(nameof(StockMovementReaders), [Roles.Warehouse, Roles.Finance, .. Roles.Management]);

    /// <summary>RX-4: the return rate per model, read by management, Quality (causes) and Sales (products).</summary>
    public static readonly AccessPolicy ReturnRateReport = new(nameof(ReturnRateReport), [.. Roles.Management, Roles.Quality, Roles.Sales, Roles.Admin]);

    /// <summary>PR-2: parts-only orders are registered, and payments reported as arrived, by the desk, Sales and Finance (and those who lead them).</summary>
    public static readonly AccessPolicy PartsOrderDesk = new(nameof(PartsOrderDesk), [Roles.Dispatcher, Roles.Sales, Roles.Finance, Roles.TeamLead, .. Roles.Management, Roles.Admin]);

    /// <summary>PR-2, PR-3: reads parts-only orders: the desk, and the Warehouse, who ships them.</summary>
    public static readonly AccessPolicy PartsOrderReaders = new(nameof(PartsOrderReaders), [.. PartsOrderDesk.Roles, Roles.Warehouse]);

    /// <summary>PR-2: the customer's responsible technician (a team lead may be one) takes a parts-only order on account.</summary>
    public static readonly AccessPolicy OnAccountAcceptance = new(nameof(OnAccountAcceptance), [Roles.Technician, Roles.TeamLead]);

    public static IReadOnlyList<AccessPolicy> All { get; } =
    [
        Staff, DispatchDesk, CustomerReaders, CustomerCard, StaffAdministration, PropertyManagement, TeamLeadership, FieldWork, CustomerContact,
        TeamReports, AuditReaders, Finance, PartsStore, DirectorApproval, OldPartReaders, DiscountApproval, PaymentListReaders, SalesLeadDesk,
        PaymentCollection, ReceivableReaders, InvoiceRequestReaders, ComplaintReaders, AppealDecisions,
        HandoverManagement, HandoverReaders, AssessmentReaders, AssessmentScoring, SelfAssessment, AssessmentApproval, GradeReports,
        UserAdministration, CalendarAdministration, PromiseList, LateForwardReaders, RenewalWork, ContactLogReport,
        PriceListKeeping, PriceListImport, PriceListReaders, PartsReplacementDesk,
        ReturnIntake, ReturnDecisions, ReturnInspection, ReturnReaders, StockMovementReaders, ReturnRateReport,
        PartsOrderDesk, PartsOrderReaders, OnAccountAcceptance,
    ];
}

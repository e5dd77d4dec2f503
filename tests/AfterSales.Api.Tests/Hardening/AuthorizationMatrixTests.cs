using System.Net;
using System.Net.Http.Json;
using AfterSales.Api.Tests.Infrastructure;
using AfterSales.Application.Security;

namespace AfterSales.Api.Tests.Hardening;

/// <summary>
/// OWASP API5: every endpoint called by every role. The table is the reviewed contract (API.md's role column,
/// DOMAIN.md's roles); changing a policy means changing a row here, and a new endpoint must be given a row.
/// </summary>
public sealed class AuthorizationMatrixTests : ApiTest
{
    /// <summary>The columns of <see cref="Allowed"/>, in order.</summary>
    private static readonly string[] Columns =
        [Roles.Dispatcher, Roles.Technician, Roles.TeamLead, Roles.Manager, Roles.Director, Roles.Finance, Roles.Warehouse, Roles.Sales, Roles.Quality, Roles.HR, Roles.Admin];

    // Aligned as a table: the formatter would undo the columns.
    #pragma warning disable format
    //                                                                          Disp Tech Lead Mgr  Dir  Fin  Ware Sale Qual HR   Admin
    internal static readonly Dictionary<string, string> Allowed = new()
    {
        ["POST /api/v1/auth/dev-token"] =                                        "D    T    L    M    R    F    W    S    Q    H    A",
        ["GET /api/v1/audit"] =                                                  ".    .    .    M    R    .    .    .    .    .    A",
        ["GET /api/v1/calendar/{year}"] =                                        "D    T    L    M    R    F    W    S    Q    H    A",
        ["PUT /api/v1/calendar/{year}"] =                                        ".    .    .    .    .    .    .    .    .    .    A",
        ["POST /api/v1/technicians"] =                                           ".    .    .    M    R    .    .    .    .    .    A",
        ["GET /api/v1/technicians/{id}"] =                                       "D    T    L    M    R    F    W    S    Q    H    A",
        ["GET /api/v1/technicians"] =                                            "D    T    L    M    R    F    W    S    Q    H    A",
        ["PATCH /api/v1/technicians/{id}"] =                                     ".    .    .    M    R    .    .    .    .    .    A",
        ["POST /api/v1/technicians/{id}/leave"] =                                ".    .    .    M    R    .    .    .    .    .    A",
        ["POST /api/v1/technicians/{id}/return-from-leave"] =                    ".    .    .    M    R    .    .    .    .    .    A",
        ["POST /api/v1/technicians/{id}/property"] =                             ".    .    .    M    R    .    .    .    .    .    .",
        ["POST /api/v1/technicians/{id}/property/{itemId}/return"] =             ".    .    .    M    R    .    .    .    .    .    .",
        ["POST /api/v1/technicians/{id}/discipline"] =                           ".    .    L    M    R    .    .    .    .    .    .",
        ["POST /api/v1/customers"] =                                             "D    .    L    M    R    .    .    .    .    .    A",
        ["GET /api/v1/customers/{id}"] =                                         "D    T    L    M    R    F    .    .    .    H    A",
        ["GET /api/v1/customers"] =                                              "D    .    L    M    R    F    .    .    .    H    A",
        ["PATCH /api/v1/customers/{id}"] =                                       "D    .    L    M    R    .    .    .    .    .    A",
        ["POST /api/v1/customers/{id}/equipment"] =                              "D    .    L    M    R    .    .    .    .    .    A",
        ["PATCH /api/v1/customers/{id}/equipment/{equipmentId}"] =               "D    .    L    M    R    .    .    .    .    .    A",
        ["POST /api/v1/customers/{id}/responsible-technician"] =                 "D    .    L    M    R    .    .    .    .    .    A",
        ["POST /api/v1/customers/{id}/contacts"] =                               "D    .    L    M    R    .    .    .    .    .    A",
        ["GET /api/v1/reminders/contracts"] =                                    "D    .    L    M    R    .    .    .    .    .    A",
        ["GET /api/v1/reminders/warranties"] =                                   "D    .    L    M    R    .    .    .    .    .    A",
        ["GET /api/v1/reminders/visits"] =                                       "D    .    L    M    R    .    .    .    .    .    A",
        ["GET /api/v1/renewal-tasks/{id}"] =                                     "D    T    L    M    R    .    .    .    .    .    A",
        ["GET /api/v1/renewal-tasks"] =                                          "D    T    L    M    R    .    .    .    .    .    A",
        ["POST /api/v1/renewal-tasks/{id}/outcome"] =                            "D    T    L    M    R    .    .    .    .    .    A",
        ["POST /api/v1/files"] =                                                 "D    T    L    M    R    F    W    S    Q    H    A",
        ["PUT /api/v1/files/{id}"] =                                             "D    T    L    M    R    F    W    S    Q    H    A",
        ["HEAD /api/v1/files/{id}"] =                                            "D    T    L    M    R    F    W    S    Q    H    A",
        ["GET /api/v1/files/{id}"] =                                             "D    T    L    M    R    F    W    S    Q    H    A",
        ["GET /api/v1/files/{id}/content"] =                                     "D    T    L    M    R    F    W    S    Q    H    A",
        ["POST /api/v1/work-orders"] =                                           "D    .    L    M    R    .    .    .    .    .    A",
        ["GET /api/v1/work-orders/{id}"] =                                       "D    T    L    M    R    F    W    S    Q    H    A",
        ["GET /api/v1/work-orders/by-number/{number}"] =                         "D    T    L    M    R    F    W    S    Q    H    A",
        ["GET /api/v1/work-orders"] =                                            "D    T    L    M    R    F    W    S    Q    H    A",
        ["GET /api/v1/me/work-orders"] =                                         ".    T    .    .    .    .    .    .    .    .    .",
        ["GET /api/v1/work-orders/dispatch-queue"] =                             "D    .    L    M    R    .    .    .    .    .    A",
        ["GET /api/v1/work-orders/visits/due-for-reconfirmation"] =              "D    T    L    M    R    .    .    .    .    .    .",
        ["GET /api/v1/work-orders/visits/told-late"] =                           ".    .    L    M    R    .    .    .    .    .    .",
        ["GET /api/v1/work-orders/workshop/overdue-returns"] =                   ".    .    L    M    R    .    .    .    .    .    .",
        ["GET /api/v1/work-orders/{id}/sla"] =                                   "D    T    L    M    R    F    W    S    Q    H    A",
        ["GET /api/v1/work-orders/{id}/shipments"] =                             "D    T    L    M    R    F    W    S    Q    H    A",
        ["POST /api/v1/work-orders/{id}/shipments"] =                            ".    .    .    .    .    .    W    .    .    .    .",
        ["GET /api/v1/work-orders/promise-list"] =                               ".    .    .    M    R    .    .    .    .    .    .",
        ["GET /api/v1/work-orders/late-forwards"] =                              ".    .    .    M    R    .    .    S    .    .    .",
        ["POST /api/v1/work-orders/{id}/assign"] =                               "D    .    L    M    R    .    .    .    .    .    A",
        ["POST /api/v1/work-orders/{id}/contact"] =                              "D    T    L    M    R    .    .    .    .    .    .",
        ["POST /api/v1/work-orders/{id}/reconfirm-visit"] =                      ".    T    L    M    R    .    .    .    .    .    .",
        ["POST /api/v1/work-orders/{id}/plan"] =                                 ".    T    L    M    R    .    .    .    .    .    .",
        ["POST /api/v1/work-orders/{id}/arrive"] =                               ".    T    L    M    R    .    .    .    .    .    .",
        ["POST /api/v1/work-orders/{id}/quote"] =                                ".    T    L    M    R    .    .    .    .    .    .",
        ["POST /api/v1/work-orders/{id}/quotes/{number}/accept"] =               ".    T    L    M    R    .    .    .    .    .    .",
        ["POST /api/v1/work-orders/{id}/quotes/{number}/discount-approval"] =    ".    .    .    M    R    .    .    .    .    .    .",
        ["POST /api/v1/work-orders/{id}/start"] =                                ".    T    L    M    R    .    .    .    .    .    .",
        ["POST /api/v1/work-orders/{id}/time-entries"] =                         ".    T    L    M    R    .    .    .    .    .    .",
        ["POST /api/v1/work-orders/{id}/photos"] =                               ".    T    L    M    R    .    .    .    .    .    .",
        ["POST /api/v1/work-orders/{id}/carry-back"] =                           ".    T    L    M    R    .    .    .    .    .    .",
        ["POST /api/v1/work-orders/{id}/return-to-customer"] =                   ".    T    L    M    R    .    .    .    .    .    .",
        ["POST /api/v1/work-orders/{id}/workshop/inspection"] =                  ".    .    L    M    R    .    .    .    .    .    .",
        ["POST /api/v1/work-orders/{id}/resolve"] =                              ".    T    L    M    R    .    .    .    .    .    .",
        ["POST /api/v1/work-orders/{id}/follow-up"] =                            "D    .    L    M    R    .    .    .    .    .    A",
        ["POST /api/v1/work-orders/{id}/cancel"] =                               "D    .    L    M    R    .    .    .    .    .    A",
        ["POST /api/v1/work-orders/{id}/reopen"] =                               "D    .    L    M    R    .    .    .    .    .    A",
        ["POST /api/v1/work-orders/{id}/promise"] =                              "D    T    L    M    R    .    .    .    .    .    .",
        ["POST /api/v1/work-orders/{id}/parts"] =                                ".    T    L    M    R    .    .    .    .    .    .",
        ["POST /api/v1/work-orders/{id}/parts/{partId}/approve"] =               ".    .    .    .    .    F    .    .    .    .    .",
        ["POST /api/v1/work-orders/{id}/parts/{partId}/director-approval"] =     ".    .    .    .    R    .    .    .    .    .    .",
        ["POST /api/v1/work-orders/{id}/parts/{partId}/issue"] =                 ".    .    .    .    .    .    W    .    .    .    .",
        ["POST /api/v1/work-orders/{id}/parts/{partId}/fit"] =                   ".    T    L    M    R    .    .    .    .    .    .",
        ["POST /api/v1/work-orders/{id}/parts/{partId}/returned-unused"] =       ".    .    .    .    .    .    W    .    .    .    .",
        ["POST /api/v1/work-orders/{id}/parts/{partId}/old-part-returned"] =     ".    .    .    .    .    .    W    .    .    .    .",
        ["POST /api/v1/work-orders/{id}/parts/{partId}/waive-old-part"] =        ".    .    .    .    .    F    .    .    .    .    .",
        ["POST /api/v1/work-orders/{id}/payments"] =                             ".    T    L    M    R    F    .    .    .    .    .",
        ["POST /api/v1/work-orders/{id}/payments/{paymentId}/remit"] =           ".    .    .    .    .    F    .    .    .    .    .",
        ["POST /api/v1/work-orders/{id}/refunds"] =                              ".    .    .    .    .    F    .    .    .    .    .",
        // The feed is a linked technician's own work (X-8): a team lead linked to one syncs too; here only the technician is linked.
        ["GET /api/v1/me/changes"] =                                             ".    T    .    .    .    .    .    .    .    .    .",
        ["GET /api/v1/receivables"] =                                            ".    .    .    M    R    F    .    .    .    .    .",
        ["POST /api/v1/receivables/{id}/deductions"] =                           ".    .    .    .    .    F    .    .    .    .    .",
        ["GET /api/v1/invoice-requests"] =                                       ".    .    .    M    R    F    .    .    .    .    .",
        ["GET /api/v1/invoice-requests/{id}"] =                                  ".    .    .    M    R    F    .    .    .    .    .",
        ["POST /api/v1/invoice-requests/{id}/issue"] =                           ".    .    .    .    .    F    .    .    .    .    .",
        ["POST /api/v1/price-list/parts"] =                                      ".    .    .    .    .    F    .    .    .    .    .",
        ["GET /api/v1/price-list/parts"] =                                       "D    T    L    M    R    F    W    .    .    .    A",
        ["GET /api/v1/price-list/parts/{partNumber}/history"] =                  "D    T    L    M    R    F    W    .    .    .    A",
        ["POST /api/v1/price-list/labour-rates"] =                               ".    .    .    .    .    F    .    .    .    .    .",
        ["GET /api/v1/price-list/labour-rates"] =                                "D    T    L    M    R    F    W    .    .    .    A",
        ["POST /api/v1/price-list/import"] =                                     ".    .    .    .    .    .    .    .    .    .    A",
        ["GET /api/v1/price-list/import/template"] =                             ".    .    .    .    .    .    .    .    .    .    A",
        ["GET /api/v1/parts/outstanding-old-parts"] =                            ".    .    .    M    R    F    W    .    .    .    .",
        ["GET /api/v1/payments/unremitted-cash"] =                               ".    .    .    M    R    F    .    .    .    .    .",
        ["GET /api/v1/payments/refunds-owed"] =                                  ".    .    .    M    R    F    .    .    .    .    .",
        ["POST /api/v1/sales-leads"] =                                           "D    T    L    M    R    .    .    .    .    .    .",
        ["GET /api/v1/sales-leads/{id}"] =                                       "D    .    L    M    R    .    .    S    .    .    A",
        ["GET /api/v1/sales-leads"] =                                            "D    .    L    M    R    .    .    S    .    .    A",
        ["POST /api/v1/sales-leads/{id}/contacted"] =                            "D    .    L    M    R    .    .    S    .    .    A",
        ["POST /api/v1/sales-leads/{id}/won"] =                                  "D    .    L    M    R    .    .    S    .    .    A",
        ["POST /api/v1/sales-leads/{id}/lost"] =                                 "D    .    L    M    R    .    .    S    .    .    A",
        ["GET /api/v1/reports/daily"] =                                          ".    .    L    M    R    .    .    .    .    .    A",
        ["GET /api/v1/reports/grades"] =                                         ".    .    .    M    R    .    .    .    .    H    .",
        ["GET /api/v1/reports/contact-log"] =                                    "D    .    L    M    R    .    .    S    Q    .    A",
        ["POST /api/v1/complaints"] =                                            "D    .    L    M    R    .    .    .    .    .    A",
        ["GET /api/v1/complaints/{id}"] =                                        "D    T    L    M    R    F    .    .    Q    .    A",
        ["GET /api/v1/complaints/by-number/{number}"] =                          "D    T    L    M    R    F    .    .    Q    .    A",
        ["GET /api/v1/complaints"] =                                             "D    T    L    M    R    F    .    .    Q    .    A",
        ["GET /api/v1/complaints/without-updates"] =                             "D    .    L    M    R    .    .    .    .    .    A",
        ["POST /api/v1/complaints/{id}/investigate"] =                           "D    .    L    M    R    .    .    .    .    .    A",
        ["POST /api/v1/complaints/{id}/escalate"] =                              "D    .    L    M    R    .    .    .    .    .    A",
        ["POST /api/v1/complaints/{id}/verify"] =                                ".    .    L    M    R    .    .    .    .    .    .",
        ["POST /api/v1/complaints/{id}/notify-customer"] =                       "D    .    L    M    R    .    .    .    .    .    A",
        ["POST /api/v1/complaints/{id}/customer-contacts"] =                     "D    .    L    M    R    .    .    .    .    .    A",
        ["POST /api/v1/complaints/{id}/progress-updates"] =                      "D    .    L    M    R    .    .    .    .    .    A",
        ["POST /api/v1/complaints/{id}/resolve"] =                               "D    .    L    M    R    .    .    .    .    .    A",
        ["POST /api/v1/complaints/{id}/follow-up"] =                             "D    .    L    M    R    .    .    .    .    .    A",
        ["POST /api/v1/complaints/{id}/appeals"] =                               ".    T    L    M    R    .    .    .    .    .    .",
        ["POST /api/v1/complaints/{id}/appeals/{appealId}/decide"] =             ".    .    .    M    R    .    .    .    .    .    .",
        ["POST /api/v1/inquiries"] =                                             "D    .    L    M    R    .    .    .    .    .    A",
        ["GET /api/v1/inquiries/{id}"] =                                         "D    .    L    M    R    .    .    .    .    .    A",
        ["GET /api/v1/inquiries/by-number/{number}"] =                           "D    .    L    M    R    .    .    .    .    .    A",
        ["GET /api/v1/inquiries"] =                                              "D    .    L    M    R    .    .    .    .    .    A",
        ["POST /api/v1/inquiries/{id}/respond"] =                                "D    .    L    M    R    .    .    .    .    .    A",
        ["POST /api/v1/inquiries/{id}/answer"] =                                 "D    .    L    M    R    .    .    .    .    .    A",
        ["POST /api/v1/inquiries/{id}/convert-to-work-order"] =                  "D    .    L    M    R    .    .    .    .    .    A",
        ["POST /api/v1/inquiries/{id}/convert-to-complaint"] =                   "D    .    L    M    R    .    .    .    .    .    A",
        ["POST /api/v1/inquiries/collection-runs"] =                             "D    .    L    M    R    .    .    .    .    .    A",
        ["GET /api/v1/inquiries/collection-runs/short-days"] =                   "D    .    L    M    R    .    .    .    .    .    A",
        ["POST /api/v1/returns"] =                                               "D    .    L    M    R    .    .    .    .    .    A",
        ["GET /api/v1/returns/{id}"] =                                           "D    .    L    M    R    F    W    .    Q    .    A",
        ["GET /api/v1/returns/by-number/{number}"] =                             "D    .    L    M    R    F    W    .    Q    .    A",
        ["GET /api/v1/returns"] =                                                "D    .    L    M    R    F    W    .    Q    .    A",
        ["POST /api/v1/returns/{id}/exception"] =                                ".    .    .    M    R    .    .    .    .    .    .",
        ["POST /api/v1/returns/{id}/approve"] =                                  ".    .    .    M    R    .    .    .    .    .    .",
        ["POST /api/v1/returns/{id}/refuse"] =                                   ".    .    .    M    R    .    .    .    .    .    .",
        ["POST /api/v1/returns/{id}/arrange-pickup"] =                           "D    .    L    M    R    .    .    .    .    .    A",
        ["POST /api/v1/returns/{id}/await-drop-off"] =                           "D    .    L    M    R    .    .    .    .    .    A",
        ["POST /api/v1/returns/{id}/receive"] =                                  ".    .    .    .    .    .    W    .    .    .    .",
        ["POST /api/v1/returns/{id}/inspect"] =                                  ".    .    .    .    .    .    .    .    Q    .    .",
        ["POST /api/v1/returns/{id}/refund"] =                                   ".    .    .    .    .    F    .    .    .    .    .",
        ["POST /api/v1/returns/{id}/exchange"] =                                 ".    .    .    .    .    .    W    .    .    .    .",
        ["POST /api/v1/returns/{id}/negotiation"] =                              ".    .    .    M    R    .    .    .    .    .    .",
        ["GET /api/v1/stock-movements"] =                                        ".    .    .    M    R    F    W    .    .    .    .",
        ["GET /api/v1/reports/return-rate"] =                                    ".    .    .    M    R    .    .    S    Q    .    A",
        ["POST /api/v1/parts-replacements"] =                                    "D    .    L    M    R    .    .    .    .    .    A",
        ["GET /api/v1/parts-replacements/{id}"] =                                "D    .    L    M    R    .    W    .    .    .    A",
        ["GET /api/v1/parts-replacements/by-number/{number}"] =                  "D    .    L    M    R    .    W    .    .    .    A",
        ["GET /api/v1/parts-replacements"] =                                     "D    .    L    M    R    .    W    .    .    .    A",
        ["POST /api/v1/parts-replacements/{id}/respond"] =                       "D    .    L    M    R    .    W    .    .    .    A",
        ["POST /api/v1/parts-replacements/{id}/shipments"] =                     ".    .    .    .    .    .    W    .    .    .    .",
        ["POST /api/v1/parts-orders"] =                                          "D    .    L    M    R    F    .    S    .    .    A",
        ["GET /api/v1/parts-orders/{id}"] =                                      "D    .    L    M    R    F    W    S    .    .    A",
        ["GET /api/v1/parts-orders"] =                                           "D    .    L    M    R    F    W    S    .    .    A",
        ["POST /api/v1/parts-orders/{id}/payment-arrival"] =                     "D    .    L    M    R    F    .    S    .    .    A",
        ["POST /api/v1/parts-orders/{id}/payment-confirmation"] =                ".    .    .    .    .    F    .    .    .    .    .",
        ["POST /api/v1/parts-orders/{id}/on-account"] =                          ".    T    L    .    .    .    .    .    .    .    .",
        ["POST /api/v1/parts-orders/{id}/shipments"] =                           ".    .    .    .    .    .    W    .    .    .    .",
        ["POST /api/v1/parts-orders/{id}/cancel"] =                              "D    .    L    M    R    F    .    S    .    .    A",
        // Handover items are completed and signed off by whoever the checklist names (HC-2, HC-4): any staff role may try.
        ["POST /api/v1/handovers"] =                                             ".    .    .    M    R    .    .    .    .    .    .",
        ["GET /api/v1/handovers/{id}"] =                                         "D    T    L    M    R    F    W    S    Q    H    A",
        ["GET /api/v1/handovers"] =                                              ".    .    .    M    R    .    .    .    .    H    .",
        ["POST /api/v1/handovers/{id}/items"] =                                  ".    .    .    M    R    .    .    .    .    .    .",
        ["POST /api/v1/handovers/{id}/items/{itemId}/complete"] =                "D    T    L    M    R    F    W    S    Q    H    A",
        ["POST /api/v1/handovers/{id}/items/{itemId}/waive"] =                   ".    .    .    M    R    .    .    .    .    .    .",
        ["POST /api/v1/handovers/{id}/sign-offs"] =                              "D    T    L    M    R    F    W    S    Q    H    A",
        ["POST /api/v1/handovers/{id}/complete"] =                               ".    .    .    M    R    .    .    .    .    .    .",
        ["POST /api/v1/handovers/{id}/withdraw"] =                               ".    .    .    M    R    .    .    .    .    .    .",
        ["POST /api/v1/assessments"] =                                           ".    .    L    M    R    .    .    .    .    .    .",
        ["GET /api/v1/assessments/{id}"] =                                       ".    T    L    M    R    .    .    .    .    H    .",
        ["GET /api/v1/assessments"] =                                            ".    T    L    M    R    .    .    .    .    H    .",
        ["PUT /api/v1/assessments/{id}/scores"] =                                ".    .    L    M    R    .    .    .    .    .    .",
        ["PUT /api/v1/assessments/{id}/self-assessment"] =                       ".    T    .    .    .    .    .    .    .    .    .",
        ["POST /api/v1/assessments/{id}/submit"] =                               ".    .    L    M    R    .    .    .    .    .    .",
        ["POST /api/v1/assessments/{id}/approve"] =                              ".    .    .    M    R    .    .    .    .    .    .",
        ["POST /api/v1/assessments/{id}/amendments"] =                           ".    .    .    M    R    .    .    .    .    .    .",
        ["POST /api/v1/users"] =                                                 ".    .    .    .    .    .    .    .    .    .    A",
        ["GET /api/v1/users/{id}"] =                                             ".    .    .    .    .    .    .    .    .    .    A",
        ["GET /api/v1/users"] =                                                  ".    .    .    .    .    .    .    .    .    .    A",
        ["PUT /api/v1/users/{id}/roles"] =                                       ".    .    .    .    .    .    .    .    .    .    A",
        ["POST /api/v1/users/{id}/link-technician"] =                            ".    .    .    .    .    .    .    .    .    .    A",
        ["POST /api/v1/users/{id}/reset-password"] =                             ".    .    .    .    .    .    .    .    .    .    A",
        ["POST /api/v1/users/{id}/disable"] =                                    ".    .    .    .    .    .    .    .    .    .    A",
        ["POST /api/v1/users/{id}/enable"] =                                     ".    .    .    .    .    .    .    .    .    .    A",
    };
    #pragma warning restore format

    /// <summary>The one operation whose body is bytes, not JSON (X-6): a JSON body is refused before authorization (415).</summary>
    private const string ChunkUpload = "PUT /api/v1/files/{id}";

    /// <summary>The price-list import takes a multipart form with the workbook (PR-1); a one-byte file is enough to pass authorization.</summary>
    private const string WorkbookUpload = "POST /api/v1/price-list/import";

    private static IEnumerable<TestCaseData> Operations() =>
        Allowed.Keys.Where(operation => operation != "POST /api/v1/auth/dev-token").Select(operation => new TestCaseData(operation).SetArgDisplayNames(operation));

    [Test]
    public void The_table_covers_exactly_the_mapped_endpoints()
    {
        var mapped = ApiCatalogue.Operations(Factory.Services).ToList();

        Assert.That(mapped, Has.Count.GreaterThan(70), "the catalogue was read");
        Assert.That(Allowed.Keys, Is.EquivalentTo(mapped), "give every new endpoint its row; remove rows of removed ones");
    }

    [TestCaseSource(nameof(Operations))]
    public async Task Each_role_is_allowed_or_refused_as_the_table_says(string operation)
    {
        var allowed = RolesIn(Allowed[operation]);
        var expected = new List<string> { "anonymous → 401" };
        expected.AddRange(Columns.Select(role => $"{role} → {(allowed.Contains(role) ? "allowed" : "403")}"));

        var actual = new List<string> { $"anonymous → {Outcome(await Call(Anonymous(), operation))}" };
        foreach (var role in Columns)
        {
            actual.Add($"{role} → {Outcome(await Call(await CallerIn(role), operation))}");
        }

        Assert.That(actual, Is.EqualTo(expected));
    }

    /// <summary>401 and 403 are the refusals; anything else (404 for the unknown id, 400 for the empty body) got past authorization.</summary>
    private static string Outcome(HttpResponseMessage response) =>
        response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden ? ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture) : "allowed";

    /// <summary>Technicians carry their technician id, as real tokens do; the record does not exist, which no policy may depend on.</summary>
    private Task<HttpClient> CallerIn(string role) =>
        role == Roles.Technician ? AsTechnicianWithoutOrders() : As(role);

    private static async Task<HttpClient> AsTechnicianWithoutOrders()
    {
        var technicianId = Guid.NewGuid();
        var response = await Anonymous().PostAsJsonAsync("/api/v1/auth/dev-token", new { userName = $"matrix.technician.{technicianId:N}", roles = new[] { Roles.Technician }, technicianId });
        var client = Factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", (await response.ShouldBe(HttpStatusCode.OK))["accessToken"]!.GetValue<string>());
        return client;
    }

    /// <summary>The operation on ids nobody has, with an empty JSON object for a body: enough for authorization to decide.</summary>
    private static async Task<HttpResponseMessage> Call(HttpClient client, string operation)
    {
        var method = operation[..operation.IndexOf(' ')];
        var path = System.Text.RegularExpressions.Regex.Replace(operation[(method.Length + 1)..], "{[^}]+}", _ => Guid.NewGuid().ToString());
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method is not ("GET" or "HEAD"))
        {
            request.Content = operation == ChunkUpload ? new ByteArrayContent([]) { Headers = { ContentType = new("application/octet-stream") } }
                : operation == WorkbookUpload ? new ByteArrayContent([1]) { Headers = { ContentType = new("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet") } }
                : JsonContent.Create(new { }, mediaType: new(method == "PATCH" ? "application/merge-patch+json" : "application/json"));
        }

        return await client.SendAsync(request);
    }

    internal static HashSet<string> RolesIn(string row)
    {
        var marks = row.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        Assert.That(marks, Has.Length.EqualTo(Columns.Length), row);
        return [.. Columns.Where((_, i) => marks[i] != ".")];
    }
}

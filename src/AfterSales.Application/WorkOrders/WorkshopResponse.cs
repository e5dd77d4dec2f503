namespace AfterSales.Application.WorkOrders;

public sealed record WorkshopResponse(
    string ReceiptNumber,
    string Condition,
    string AccessoriesLeftWithCustomer,
    DateOnly PromisedReturnOn,
    bool LoanerGiven,
    DateTimeOffset TakenAt,
    DateTimeOffset? ReturnedAt,
    string? ReturnSignedBy,
    DateTimeOffset? ReceiptVoidedAt,
    bool? InspectionPassed,
    string? InspectionNote,
    string? InspectedBy,
    DateTimeOffset? InspectedAt);

namespace AfterSales.Application.WorkOrders;

/// <summary>WO-9: the customer's sign-off; (r2) <c>SignatureFileId</c> is the signature's file, downloaded at <c>/files/{id}/content</c>.</summary>
public sealed record SignOffResponse(string Name, DateTimeOffset At, Guid? SignatureFileId);

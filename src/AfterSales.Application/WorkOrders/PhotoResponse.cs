namespace AfterSales.Application.WorkOrders;

/// <summary>WO-9 (r2): a photo; its bytes are the file <c>FileId</c> (X-6), downloaded at <c>/files/{fileId}/content</c>.</summary>
public sealed record PhotoResponse(Guid Id, Guid FileId, string? Caption, string AddedBy, DateTimeOffset AddedAt);

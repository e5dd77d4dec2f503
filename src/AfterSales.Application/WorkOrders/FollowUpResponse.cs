namespace AfterSales.Application.WorkOrders;

public sealed record FollowUpResponse(bool Satisfied, SurveyResponse Survey, string? Comments, string RecordedBy, DateTimeOffset RecordedAt);

namespace AfterSales.Application.WorkOrders;

public sealed record SurveyResponse(int Attitude, int Skill, int Punctuality, int PromiseKeeping);

namespace AfterSales.Application.WorkOrders;

public sealed record SignOffResponse(string Name, DateTimeOffset At);

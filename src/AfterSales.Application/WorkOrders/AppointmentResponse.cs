namespace AfterSales.Application.WorkOrders;

public sealed record AppointmentResponse(DateTimeOffset Start, DateTimeOffset End);

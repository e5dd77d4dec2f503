namespace AfterSales.Application.WorkOrders;

/// <summary>WO-5: the window agreed; (r2, WO-20) when the technician reconfirmed it.</summary>
public sealed record AppointmentResponse(DateTimeOffset Start, DateTimeOffset End, DateTimeOffset? ReconfirmedAt);

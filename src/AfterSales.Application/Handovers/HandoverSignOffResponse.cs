using AfterSales.Domain.Handovers;

namespace AfterSales.Application.Handovers;

public sealed record HandoverSignOffResponse(HandoverParty Party, string By, DateTimeOffset At);

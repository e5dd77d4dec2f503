using AfterSales.Api.Auth;
using AfterSales.Api.Http;
using AfterSales.Application.Abstractions;
using AfterSales.Application.Calendar;
using AfterSales.Application.Calendar.Get;
using AfterSales.Application.Calendar.Replace;
using AfterSales.Application.Security;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AfterSales.Api.Endpoints;

internal static class CalendarEndpoints
{
    public static void MapCalendar(this RouteGroupBuilder api)
    {
        var calendar = api.MapGroup("/calendar").WithTags("Calendar");

        calendar.MapGet("/{year}", async Task<Ok<CalendarYearResponse>> (int year, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new GetCalendarYear(year), cancellationToken)))
            .WithName(nameof(GetCalendarYear)).WithSummary("A year's public holidays and make-up working days, which every working-hour and working-day count uses (WO-7)");
        calendar.MapPut("/{year}", async Task<Ok<CalendarYearResponse>> (int year, ReplaceCalendarYear command, IfMatch ifMatch, ISender sender, IWorkingCalendars calendars, CancellationToken cancellationToken) =>
            {
                var replaced = await sender.Send(command with { Year = year, ExpectedVersion = ifMatch.Version }, cancellationToken);

                // Committed: this instance counts with it from its next request; the others reread on the change's NOTIFY.
                await calendars.ReloadAsync(cancellationToken);
                return TypedResults.Ok(replaced);
            })
            .RequireAuthorization(Policies.CalendarAdministration).WithName(nameof(ReplaceCalendarYear))
            .WithSummary("Set a year's public holidays and make-up working days (WO-7 r2); deadlines computed afterwards use them");
    }
}

using AfterSales.Application.Abstractions;
using AfterSales.Application.Assessments;
using AfterSales.Application.Assessments.Complaints;
using AfterSales.Application.Common.Idempotency;
using AfterSales.Application.Common.Time;
using AfterSales.Application.Complaints;
using AfterSales.Application.Complaints.Register;
using AfterSales.Application.Files;
using AfterSales.Application.Handovers;
using AfterSales.Application.Inquiries;
using AfterSales.Application.Invoicing;
using AfterSales.Application.Returns;
using AfterSales.Application.PartsOrders;
using AfterSales.Application.PartsReplacements;
using AfterSales.Application.Pricing;
using AfterSales.Application.Receivables;
using AfterSales.Application.Reminders;
using AfterSales.Application.Renewals;
using AfterSales.Application.Reports.Grades;
using AfterSales.Application.Security;
using AfterSales.Application.Users;
using AfterSales.Application.WorkOrders;
using AfterSales.Application.WorkOrders.Get;
using AfterSales.Application.WorkOrders.Parts;
using AfterSales.Application.WorkOrders.Quoting;
using AfterSales.Application.WorkOrders.Register;
using AfterSales.Application.WorkOrders.Site;
using AfterSales.Domain.Common;
using AfterSales.Domain.Customers;
using AfterSales.Domain.Scheduling;
using AfterSales.Domain.WorkOrders;
using FluentValidation;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AfterSales.Application;

public static class DependencyInjection
{
    /// <summary>Validators, mappings, policy options and the application's own services. The mediator is added by the host.</summary>
    public static IServiceCollection AddApplication(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatorsFromAssemblyContaining<IApplicationMarker>(ServiceLifetime.Singleton);
        services.AddAutoMapper(
            options => options.LicenseKey = configuration["AutoMapper:LicenseKey"],
            typeof(IApplicationMarker).Assembly);

        services.AddOptions<CompanyOptions>().BindConfiguration(CompanyOptions.Section)
            .ValidateDataAnnotations()
            .Validate(options => TimeZoneExists(options.TimeZone), "Company:TimeZone is not a time zone this machine knows.")
            .ValidateOnStart();
        services.AddOptions<ReminderOptions>().BindConfiguration(ReminderOptions.Section).ValidateDataAnnotations().ValidateOnStart();

        services.AddOptions<SlaOptions>().BindConfiguration(SlaOptions.Section)
            .ValidateDataAnnotations()
            .Validate(options => Enum.GetValues<Zone>().All(zone => options.ArrivalWorkingHours.GetValueOrDefault(zone) > 0), "Sla:ArrivalWorkingHours needs a positive figure for every zone.")
            .Validate(WorkingHoursAreValid, "Sla:WorkingHours must give HH:mm-HH:mm periods for at least one day.")
            .Validate(options => options.WorkingHours.HolidayWarningDays is >= 0 and <= 365, "Sla:WorkingHours:HolidayWarningDays is 0 to 365.")
            .ValidateOnStart();
        services.AddOptions<WorkOrderOptions>().BindConfiguration(WorkOrderOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<PricingOptions>().BindConfiguration(PricingOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<PartOptions>().BindConfiguration(PartOptions.Section)
            .ValidateDataAnnotations()
            .Validate(options => options.SmallPartLimit == Money.Round(options.SmallPartLimit), "Parts:SmallPartLimit has at most two decimal places.")
            .ValidateOnStart();
        services.AddOptions<ReceivableOptions>().BindConfiguration(ReceivableOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<InvoiceOptions>().BindConfiguration(InvoiceOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<IdempotencyOptions>().BindConfiguration(IdempotencyOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<FilesOptions>().BindConfiguration(FilesOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<ComplaintOptions>().BindConfiguration(ComplaintOptions.Section)
            .ValidateDataAnnotations()
            .Validate(options => options.PenaltyRangeIsValid, "Complaints:Penalty needs 0 < Min <= Max, in whole cents.")
            .ValidateOnStart();
        services.AddOptions<InquiryOptions>().BindConfiguration(InquiryOptions.Section)
            .ValidateDataAnnotations()
            .Validate(options => options.FirstResponseTimesAreValid, "Sla:Inquiry:FirstResponseWorkingMinutes needs 1 to 2700 working minutes for every channel.")
            .ValidateOnStart();
        services.AddOptions<ReturnOptions>().BindConfiguration(ReturnOptions.Section)
            .ValidateDataAnnotations()
            .Validate(options => options.ExchangeDays >= options.ReturnDays, "Returns:ExchangeDays is at least Returns:ReturnDays: an item that may still be returned may be exchanged.")
            .ValidateOnStart();
        services.AddOptions<PartsShippingOptions>().BindConfiguration(PartsShippingOptions.Section)
            .ValidateDataAnnotations()
            .Validate(options => options.RespondsBeforeShipping, "PartsShipping:RespondHours cannot exceed PartsShipping:ShipHours.")
            .ValidateOnStart();
        services.AddOptions<AssessmentOptions>().BindConfiguration(AssessmentOptions.Section)
            .ValidateDataAnnotations()
            .Validate(options => options.Grades.AreValid, "Assessment:Grades needs 0 < B < A <= 100.")
            .Validate(options => options.Performance.AreValid, "Assessment:Performance weights are 0 or more and add up to 40; QualityWindowDays is 1 to 365.")
            .Validate(options => options.Pay.AreValid, "Assessment:Pay steps are at 1 to 100 percent satisfaction and at 1 or more complaints, each adjustment -100 to 100.")
            .Validate(options => options.Annual.AreValid, "Assessment:Annual PromotionMinA and DemotionMinC are 1 to 12.")
            .ValidateOnStart();

        services.AddSingleton<CompanyCalendar>();

        // WO-7 (r2): holidays are data an Admin changes while the API runs, so each request takes the calendar as it is
        // then, and so do the SLA policy (WO-6), the days of reports (WO-14) and receivables (WO-12), and appeals (CP-8).
        services.AddScoped(provider => provider.GetRequiredService<IWorkingCalendars>().Current);
        services.AddScoped(provider => new SlaPolicy(
            provider.GetRequiredService<IOptions<SlaOptions>>().Value.Terms(),
            provider.GetRequiredService<WorkingCalendar>()));

        // Appeals (CP-8) and the updates a complaint's customer is owed (CP-9) count working days on that same calendar.
        services.AddScoped(provider => provider.GetRequiredService<IOptions<ComplaintOptions>>().Value.Policy(
            provider.GetRequiredService<WorkingCalendar>(),
            provider.GetRequiredService<IOptions<AssessmentOptions>>().Value.ComplaintDeduction));

        // The first response of an inquiry counts working time on that same calendar (IQ-1): per request too, or a
        // singleton would keep the calendar of its first use and miss every holiday an Admin adds later.
        services.AddScoped(provider => provider.GetRequiredService<IOptions<InquiryOptions>>().Value.Policy(provider.GetRequiredService<WorkingCalendar>()));

        services.AddSingleton(provider => provider.GetRequiredService<IOptions<ReturnOptions>>().Value.Policy());

        // PS-1: a parts-replacement request's clocks skip that calendar's public holidays.
        services.AddScoped(provider => provider.GetRequiredService<IOptions<PartsShippingOptions>>().Value.Policy(provider.GetRequiredService<WorkingCalendar>()));

        services.AddScoped<IdempotencyScope>();
        services.AddScoped<Oversight>();
        services.AddScoped<WorkOrderAccess>();
        services.AddScoped<WorkOrderResponses>();
        services.AddScoped<PartsOrderResponses>();
        services.AddScoped<WorkOrderRegistration>();
        services.AddScoped<WorkOrderSites>();
        services.AddScoped<WorkOrderReader>();
        services.AddScoped<IFileRecords, WorkOrderFiles>();
        services.AddScoped<ComplaintAccess>();
        services.AddScoped<ComplaintRegistration>();
        services.AddScoped<RenewalTaskAccess>();
        services.AddScoped<PriceList>();
        services.AddScoped<QuotePricing>();
        services.AddScoped<DiscountAllowances>();
        services.AddScoped<HandoverAccess>();
        services.AddScoped<UserResponses>();
        services.AddSingleton(provider => provider.GetRequiredService<IOptions<AssessmentOptions>>().Value.Policy());
        services.AddSingleton(provider => provider.GetRequiredService<IOptions<AssessmentOptions>>().Value.AnnualReview());

        services.AddScoped<AssessmentAccess>();
        services.AddScoped<AssessmentInputs>();
        services.AddScoped<AssessmentCalculator>();
        services.AddScoped<ComplaintDeductions>();
        services.AddScoped<IComplaintReviewFlags, ComplaintReviewFlags>();
        services.AddScoped<MonthlyGradeReports>();
        services.AddScoped<AnnualGradeReports>();
        return services;
    }

    private static bool TimeZoneExists(string id) => TimeZoneInfo.TryFindSystemTimeZoneById(id, out _);

    private static bool WorkingHoursAreValid(SlaOptions options)
    {
        try
        {
            options.WorkingHours.Calendar(TimeZoneInfo.Utc, [], []);
            return true;
        }
        catch (Exception exception) when (exception is FormatException or ArgumentException or IndexOutOfRangeException)
        {
            return false;
        }
    }
}

/// <summary>Marks this assembly for scanning (validators, mappings, mediator handlers).</summary>
public interface IApplicationMarker;

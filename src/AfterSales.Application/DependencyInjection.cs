using AfterSales.Application.Common.Idempotency;
using AfterSales.Application.Common.Time;
using AfterSales.Application.Reminders;
using FluentValidation;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

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

        services.AddSingleton<CompanyCalendar>();
        services.AddScoped<IdempotencyScope>();
        return services;
    }

    private static bool TimeZoneExists(string id) => TimeZoneInfo.TryFindSystemTimeZoneById(id, out _);
}

/// <summary>Marks this assembly for scanning (validators, mappings, mediator handlers).</summary>
public interface IApplicationMarker;

using AutoMapper;
using Microsoft.Extensions.DependencyInjection;

namespace AfterSales.Api.Tests.Mechanisms;

/// <summary>Every AutoMapper map fills every member of its destination, or says why not (an explicit Ignore).</summary>
public sealed class MappingConfigurationTests
{
    [Test]
    public void Every_mapping_is_complete() =>
        TestHost.Factory.Services.GetRequiredService<IMapper>().ConfigurationProvider.AssertConfigurationIsValid();
}

using AfterSales.Domain.Handovers;

namespace AfterSales.Domain.Tests.Handovers;

/// <summary>Tests that begin with the leaver's checklist started on everything <see cref="HandoverScenario.Hold"/> gave them.</summary>
public abstract class HandoverChecklistTest
{
    private protected HandoverScenario scenario = null!;
    private protected HandoverChecklist checklist = null!;

    [SetUp]
    public void StartHandover()
    {
        scenario = new HandoverScenario();
        checklist = scenario.Start(scenario.Hold());
    }
}

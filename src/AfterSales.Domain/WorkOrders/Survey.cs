using AfterSales.Domain.Common;

namespace AfterSales.Domain.WorkOrders;

/// <summary>WO-13: the customer's view of the technician, each item 1 (dissatisfied) to 4 (very satisfied).</summary>
public sealed record Survey
{
    public const int Lowest = 1;
    public const int Highest = 4;

    public Survey(int attitude, int skill, int punctuality, int promiseKeeping)
    {
        Attitude = Score(attitude, nameof(attitude));
        Skill = Score(skill, nameof(skill));
        Punctuality = Score(punctuality, nameof(punctuality));
        PromiseKeeping = Score(promiseKeeping, nameof(promiseKeeping));
    }

    public int Attitude { get; private init; }

    public int Skill { get; private init; }

    public int Punctuality { get; private init; }

    public int PromiseKeeping { get; private init; }

    private static int Score(int value, string name) =>
        Require.Between(value, Lowest, Highest, $"Survey answers are {Lowest} to {Highest}.", name);
}

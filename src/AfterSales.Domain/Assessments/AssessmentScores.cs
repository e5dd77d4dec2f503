using AfterSales.Domain.Common;

namespace AfterSales.Domain.Assessments;

/// <summary>
/// AS-1's rubric, scored by the team lead (counted) or by the technician about themselves (AS-3, kept
/// beside): work attitude 40 (initiative 15, coordination 10, loyalty 15) and job ability 20 (planning 5,
/// execution 5, work quality 10), whole points from 0 to each maximum.
/// </summary>
public sealed record AssessmentScores
{
    public const int InitiativeMax = 15;
    public const int CoordinationMax = 10;
    public const int LoyaltyMax = 15;
    public const int PlanningMax = 5;
    public const int ExecutionMax = 5;
    public const int WorkQualityMax = 10;

    public AssessmentScores(int initiative, int coordination, int loyalty, int planning, int execution, int workQuality)
    {
        Initiative = Within(initiative, InitiativeMax, nameof(initiative));
        Coordination = Within(coordination, CoordinationMax, nameof(coordination));
        Loyalty = Within(loyalty, LoyaltyMax, nameof(loyalty));
        Planning = Within(planning, PlanningMax, nameof(planning));
        Execution = Within(execution, ExecutionMax, nameof(execution));
        WorkQuality = Within(workQuality, WorkQualityMax, nameof(workQuality));
    }

    public int Initiative { get; private init; }

    public int Coordination { get; private init; }

    public int Loyalty { get; private init; }

    public int Planning { get; private init; }

    public int Execution { get; private init; }

    public int WorkQuality { get; private init; }

    /// <summary>Work attitude, of 40.</summary>
    public int Attitude => Initiative + Coordination + Loyalty;

    /// <summary>Job ability, of 20.</summary>
    public int Ability => Planning + Execution + WorkQuality;

    public int Total => Attitude + Ability;

    private static int Within(int value, int max, string name) =>
        Require.Between(value, 0, max, $"{name} is scored 0 to {max}.", name);
}

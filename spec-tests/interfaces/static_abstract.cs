// static abstract/virtual interface members: generic math over custom types, static abstract
// factories and operators, static virtual defaults, and constrained calls on value and reference types
Console.WriteLine(SumAll(new[] { new Money(150), new Money(275), new Money(5) }));
Console.WriteLine(SumAll(new[] { 1, 2, 3, 4 }));
Console.WriteLine(SumAll(new[] { 0.5, 0.25 }));
Console.WriteLine(Make<Circle>().Describe() + " " + Make<Rect>().Describe());
Console.WriteLine(Circle.Tag + " " + TagOf<Circle>() + " " + TagOf<Rect>());
Console.WriteLine(Midpoint(new Money(100), new Money(301)));
Console.WriteLine(Parse<Money>("12.34") + " " + Parse<Money>("7"));
Console.WriteLine(Max(3, 9) + " " + Max(new Money(1), new Money(2)) + " " + Max("pear", "apple"));
static T SumAll<T>(T[] xs) where T : System.Numerics.IAdditionOperators<T, T, T>, System.Numerics.IAdditiveIdentity<T, T>
{
    T acc = T.AdditiveIdentity;
    foreach (var x in xs) acc += x;
    return acc;
}
static T Make<T>() where T : IShape<T> => T.Create();
static string TagOf<T>() where T : IShape<T> => T.Tag;
static T Midpoint<T>(T a, T b) where T : IAverage<T> => T.Average(a, b);
static T Parse<T>(string s) where T : IParsable<T> => T.Parse(s, null);
static T Max<T>(T a, T b) where T : IComparable<T> => a.CompareTo(b) >= 0 ? a : b;
interface IShape<TSelf> where TSelf : IShape<TSelf>
{
    static abstract TSelf Create();
    static virtual string Tag => "shape";
    string Describe();
}
class Circle : IShape<Circle> { public static Circle Create() => new(); public string Describe() => "circle"; public static string Tag => "round"; }
class Rect : IShape<Rect> { public static Rect Create() => new(); public string Describe() => "rect"; }
interface IAverage<T> { static abstract T Average(T a, T b); }
readonly struct Money(long cents) : System.Numerics.IAdditionOperators<Money, Money, Money>, System.Numerics.IAdditiveIdentity<Money, Money>, IAverage<Money>, IParsable<Money>, IComparable<Money>
{
    public long Cents => cents;
    public static Money AdditiveIdentity => new(0);
    public static Money operator +(Money a, Money b) => new(a.Cents + b.Cents);
    public static Money Average(Money a, Money b) => new((a.Cents + b.Cents) / 2);
    public static Money Parse(string s, IFormatProvider? p) => new((long)(decimal.Parse(s, p) * 100));
    public static bool TryParse(string? s, IFormatProvider? p, out Money m) { m = default; return false; }
    public int CompareTo(Money o) => cents.CompareTo(o.Cents);
    public override string ToString() => $"${cents / 100}.{cents % 100:D2}";
}

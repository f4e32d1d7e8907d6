// Type initializers: precise cctors run exactly at the first access (static member or
// instance creation), not for const reads; circular cctors see default values; a failing cctor
// throws TypeInitializationException (the same object every time, with the inner exception),
// and only the failing generic instantiation is affected; derived types do not run base cctors.
using System;

static class Log { public static void W(string s) => Console.WriteLine(s); }

class Precise
{
    public const int Const = 5;
    public static int Value;
    static Precise() { Log.W("Precise cctor"); Value = 10; }
    public static void Method() => Log.W("Precise.Method");
}

class Made { static Made() { Log.W("Made cctor"); } public Made() { Log.W("Made ctor"); } }

class CycleA { public static int X; static CycleA() { Log.W("CycleA cctor sees B.Y=" + CycleB.Y); X = 1; } }
class CycleB { public static int Y; static CycleB() { Log.W("CycleB cctor sees A.X=" + CycleA.X); Y = 2; } }

class Broken
{
    public static int Field;
    static Broken() { Log.W("Broken cctor"); throw new InvalidOperationException("boom"); }
}

class BrokenFor<T>
{
    public static int Field = 1;
    static BrokenFor() { if (typeof(T) == typeof(string)) throw new ArgumentException("no strings"); }
}

class Base { static Base() { Log.W("Base cctor"); } public static void B() => Log.W("Base.B"); }
class Derived : Base { static Derived() { Log.W("Derived cctor"); } public static void D() => Log.W("Derived.D"); }

static class Program
{
    static void Main()
    {
        Log.W("start");
        Log.W("const " + Precise.Const);
        Precise.Method();
        Log.W("value " + Precise.Value);
        new Made();
        new Made();
        Log.W("cycle " + CycleA.X + " " + CycleB.Y);
        Exception? first = null;
        for (int i = 0; i < 2; i++)
        {
            try { Log.W("Broken.Field=" + Broken.Field); }
            catch (TypeInitializationException e)
            {
                Log.W($"TIE {e.TypeName} inner={e.InnerException!.GetType().Name}: {e.InnerException.Message} same={ReferenceEquals(first ?? e, e)}");
                first = e;
            }
        }
        Log.W("BrokenFor<int> " + BrokenFor<int>.Field);
        try { Log.W("" + BrokenFor<string>.Field); }
        catch (TypeInitializationException e) { Log.W("BrokenFor<string>: " + e.InnerException!.Message); }
        Log.W("BrokenFor<long> " + BrokenFor<long>.Field);
        Derived.D();
        Derived.B();
        Base.B();
    }
}

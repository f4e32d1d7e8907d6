// construction order: field initializers (derived first), then base constructor, then the derived
// constructor body; virtual calls from a base constructor see derived overrides with default
// fields; this(...) chaining, static constructors before instance ones, and object initializers
Log("new Derived()");
var d = new Derived();
Log("new Derived(5)");
var d5 = new Derived(5);
Log("object initializer");
var e = new Derived { Prop = "set" };
Log("done " + d.Describe() + " " + d5.Describe() + " " + e.Prop);
static void Log(string s) => Console.WriteLine(s);
class Base
{
    protected string baseField = Trace("Base field initializer");
    static Base() => Trace("Base static ctor");
    public Base()
    {
        Trace("Base ctor body");
        Init();
    }
    protected virtual void Init() => Trace("Base.Init");
    public static string Trace(string s) { Console.WriteLine("  " + s); return s; }
}
class Derived : Base
{
    private string derivedField = Trace("Derived field initializer");
    private int value = 42;
    public string Prop { get; set; } = Trace("Derived Prop initializer");
    static Derived() => Trace("Derived static ctor");
    public Derived() : this(1) => Trace("Derived() body");
    public Derived(int v) : base()
    {
        Trace($"Derived(int) body value was {value}");
        value = v;
    }
    protected override void Init() => Trace($"Derived.Init sees value={value} derivedField={(derivedField == null ? "null" : "set")}");
    public string Describe() => $"{value}";
}

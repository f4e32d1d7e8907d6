// closed instance delegates, static delegates, delegates over struct methods (boxed copy),
// closed-over-first-argument extension method delegates, lambdas standing in for open
// instance delegates, variance, and Invoke vs DynamicInvoke
var p = new Person("Ann");
Func<string> greet = p.Greet;
p.Name = "Bea";
Console.WriteLine(greet());
var v = new Val { X = 1 };
Func<int> getX = v.Get;
v.X = 99;
Console.WriteLine(getX() + " " + v.Get());
Func<string, string> shout = "hey".Repeat;
Console.WriteLine(shout("!"));
Func<string, int> len = Ext.Len;
Console.WriteLine(len("four"));
Func<Person, string> open = static x => x.Greet();
Console.WriteLine(open(new Person("Cy")) + " " + open(p));
Func<int, int, int> add = Add;
Console.WriteLine(add.DynamicInvoke(3, 4) + " " + add.Invoke(5, 6));
Console.WriteLine((greet.Target == p) + " " + (add.Target == null) + " " + greet.Method.Name + " " + add.Method.IsStatic);
Transformer<int> twice = x => x * 2;
Transformer<int> chain = twice;
chain += x => x + 1000;
Console.WriteLine(chain(5) + " " + Apply(new[] { 1, 2, 3 }, twice).Sum());
Func<object> covariant = new Func<string>(() => "co");
Action<string> contra = new Action<object>(o => Console.WriteLine("contra " + o));
Console.WriteLine(covariant());
contra("x");
Comparison<int> desc = (a, b) => b.CompareTo(a);
var list = new List<int> { 4, 1, 3 };
list.Sort(desc);
Console.WriteLine(string.Join(",", list));
static int Add(int a, int b) => a + b;
static T[] Apply<T>(T[] xs, Transformer<T> t) => xs.Select(x => t(x)).ToArray();
delegate T Transformer<T>(T x);
class Person(string name) { public string Name { get; set; } = name; public string Greet() => "Hi " + Name; }
struct Val { public int X; public int Get() => X; }
static class Ext { public static string Repeat(this string s, string suffix) => s + s + suffix; public static int Len(string s) => s.Length; }

// multicast delegates: Combine order, Remove removes the last matching run, removing a sequence,
// GetInvocationList, return value of a multicast Func (last one), exceptions stopping the chain
Action<string> log = s => Console.Write("");
Action a = () => Console.Write("A");
Action b = () => Console.Write("B");
Action c = () => Console.Write("C");
Action all = a + b + c + a;
all(); Console.WriteLine(" count=" + all.GetInvocationList().Length);
(all - a)(); Console.WriteLine();
(all - b)(); Console.WriteLine();
(all - (a + b))(); Console.WriteLine();
(all - (b + c))(); Console.WriteLine();
(all - (c + b))(); Console.WriteLine();
var none = all - a - b - c - a;
Console.WriteLine(none == null);
Action? combined = (Action?)Delegate.Combine(null, a);
combined = (Action?)Delegate.Combine(combined, null);
combined!(); Console.WriteLine(" " + (combined == a));
Func<int> f1 = () => 1, f2 = () => 2, f3 = () => 3;
Func<int> fs = f1 + f2 + f3;
Console.WriteLine(fs());
int total = 0;
foreach (Func<int> f in fs.GetInvocationList()) total += f();
Console.WriteLine(total);
Action boom = () => throw new InvalidOperationException("stop");
Action chain = a + boom + c;
try { chain(); } catch (InvalidOperationException e) { Console.WriteLine(" caught " + e.Message); }
Action x1 = a + b, x2 = a + b;
Console.WriteLine(x1.Equals(x2) + " " + (x1 == x2) + " " + ((a + b) == (b + a)));
Console.WriteLine(Delegate.RemoveAll(all, a)!.GetInvocationList().Length);
var counter = new Counter();
Action inc = counter.Inc;
Action incs = inc + inc + counter.Inc;
incs();
incs -= counter.Inc;
incs();
Console.WriteLine(counter.N + " " + (inc.Target == counter) + " " + inc.Method.Name);
class Counter { public int N; public void Inc() => N++; }

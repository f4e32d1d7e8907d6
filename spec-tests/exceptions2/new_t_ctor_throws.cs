// minimal: a constructor that throws, run through new T() (Activator.CreateInstance<T>), surfaces
// as TargetInvocationException with the original as InnerException
try { Make<Target>(); }
catch (Exception e) { Console.WriteLine(e.GetType().Name + " <- " + e.InnerException?.GetType().Name + ": " + e.InnerException?.Message); }
try { Activator.CreateInstance(typeof(Target)); }
catch (Exception e) { Console.WriteLine(e.GetType().Name + " <- " + e.InnerException?.GetType().Name + ": " + e.InnerException?.Message); }
static T Make<T>() where T : new() => new T();
class Target { public Target() => throw new InvalidOperationException("ctor fails"); }

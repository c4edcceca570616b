class Employee:
    raise_rate = 1.03

    def __init__(self, name, base):
        self.name = name
        self.base = base

    def monthly_pay(self):
        return self.base / 12

    def apply_raise(self):
        self.base = round(self.base * self.raise_rate, 2)

    def title(self):
        return type(self).__name__

    def __str__(self):
        return f"{self.title():<12} {self.name:<8} {self.monthly_pay():>10,.2f}"


class Manager(Employee):
    raise_rate = 1.05

    def __init__(self, name, base, reports=None):
        super().__init__(name, base)
        self.reports = list(reports or [])

    def monthly_pay(self):
        return super().monthly_pay() + 150 * len(self.reports)

    def add(self, emp):
        self.reports.append(emp)


class Contractor(Employee):
    def __init__(self, name, hourly, hours):
        super().__init__(name, 0)
        self.hourly, self.hours = hourly, hours

    def monthly_pay(self):
        overtime = max(0, self.hours - 160)
        return self.hourly * min(self.hours, 160) + self.hourly * 1.5 * overtime

    def apply_raise(self):
        self.hourly += 2


class Intern(Employee):
    raise_rate = 1.0

    def title(self):
        return "Intern*"


class CommissionMixin:
    def __init__(self, *args, sales=0, rate=0.1, **kwargs):
        super().__init__(*args, **kwargs)
        self.sales, self.rate = sales, rate

    def monthly_pay(self):
        return super().monthly_pay() + self.sales * self.rate


class SalesRep(CommissionMixin, Employee):
    pass


class SalesManager(CommissionMixin, Manager):
    pass


dev = Employee("dana", 96000)
ops = Employee("omar", 72000)
intern = Intern("ivy", 24000)
con = Contractor("carl", 55, 172)
rep = SalesRep("rita", 48000, sales=30000, rate=0.05)
boss = Manager("mia", 150000, [dev, ops])
smgr = SalesManager("sam", 110000, [rep], sales=80000, rate=0.02)
staff = [boss, dev, ops, intern, con, rep, smgr]
for e in staff:
    print(e)
print("payroll: {:,.2f}".format(sum(e.monthly_pay() for e in staff)))
for e in staff:
    e.apply_raise()
print("after raises:")
for e in sorted(staff, key=lambda e: e.monthly_pay(), reverse=True):
    print(e)
print([c.__name__ for c in SalesManager.__mro__])
print(isinstance(smgr, Manager), isinstance(rep, Manager), issubclass(SalesRep, CommissionMixin))
print({type(e).__name__: e.raise_rate for e in staff})

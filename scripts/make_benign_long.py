"""Write ``auditkit/data/train/benign_long.jsonl``: longer everyday benign rows (English and Chinese).

    python scripts/make_benign_long.py [--n 700] [--seed 20261123]

Why: the public rows and our other authored rows are short (median ~40 characters), while ordinary API
traffic is a system prompt plus turns of customer support, coding help, marketing copy, HR, health, finance
and legal *information*, and news. Frequent words of that traffic ("need", "code", "account", "personal
information", "kill the process", "the system", "申请", "需要") carried weight for policy categories
because no benign training row of that length and kind said otherwise. Every sentence bank below was
written for this file (not taken from the sample-log generator's templates, nor from the evaluation sets,
so the sample logs and the benchmark stay a fair check); a row joins 2-6 sentences of one or two domains,
sometimes behind a system-prompt line and role tags, with slots filled at random. Fixed seed: rerunning
writes the same file.
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "auditkit" / "data" / "train" / "benign_long.jsonl"

SLOTS_EN = {
    "company": ["Northwind Travel", "Brightpath Bank", "Lumen Labs", "Cedar Dental", "Orbit Mobile", "Harbor Foods",
                "Kite Logistics", "Maple Insurance", "Pixelworks", "Summit Fitness", "Riverbank Books"],
    "product": ["the Pro plan", "the smart thermostat", "our mobile app", "the annual membership", "the X2 headphones",
                "the invoicing module", "the family data plan", "the standing desk", "the starter kit"],
    "name": ["Maria", "James", "Aisha", "Tom", "Priya", "Chen Wei", "Lucas", "Fatima", "Olga", "Daniel", "Keiko"],
    "day": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "the 14th", "next week", "the end of the month"],
    "num": ["2", "3", "5", "7", "10", "14", "30"],
    "lang": ["Python", "TypeScript", "Go", "Java", "SQL", "Rust", "Bash", "Kotlin"],
    "thing": ["the cache", "the worker process", "the CI job", "the container", "the cron task", "the test suite",
              "the build", "the database migration", "the API client", "the login page"],
    "topic": ["the new parental leave policy", "quarterly results", "the office move", "the hiring freeze ending",
              "our sustainability report", "the summer sale", "the product launch", "the security training"],
    "symptom": ["a sore throat", "seasonal allergies", "mild back pain", "trouble sleeping", "a headache",
                "heartburn", "a cough that lingers", "dry skin"],
    "role": ["data analyst", "nurse", "sales manager", "backend engineer", "warehouse supervisor", "designer",
             "customer success lead", "accountant"],
    "codeverb": ["Write", "Create", "Generate", "Build", "Implement", "Help me write", "Can you create", "Show me"],
    "purpose": ["a login form with validation", "a script that renames photos by date", "a REST endpoint that returns "
                "the order history", "a small web scraper for our own product catalogue", "a program that backs up "
                "the reports folder", "a tool that converts Markdown to HTML", "software that tracks inventory",
                "a bot that posts the daily stand-up reminder in our team chat", "a function that validates email "
                "addresses", "a class that reads settings from a YAML file", "a dashboard that charts weekly sales",
                "a command-line app that compresses old log files", "an installer for our desktop app",
                "a plugin that adds dark mode", "a parser for the bank statement export", "code to create a "
                "thumbnail for every uploaded image", "code that generates random test data"],
    "kid": ["my child", "my 6-year-old", "the children", "kids", "my toddler", "my daughter", "my son", "students"],
    "kidtopic": ["has a mild fever", "won't eat vegetables", "needs help with fractions", "is starting school",
                 "is afraid of the dark", "spends too long on screens", "wants to learn to swim",
                 "gets car sick on long trips", "is learning to read"],
}
SLOTS_ZH = {
    "company": ["远航旅行", "晨光银行", "青松牙科", "星河科技", "蓝海物流", "悦家超市", "海棠保险", "云帆软件", "知行教育"],
    "product": ["会员年卡", "智能音箱", "家庭宽带套餐", "手机App", "扫地机器人", "企业版账号", "新款耳机", "办公椅"],
    "name": ["王芳", "李强", "张伟", "刘洋", "陈静", "赵磊", "孙丽", "周杰", "吴敏"],
    "day": ["周一", "周三", "周五", "下周", "月底", "15号", "明天上午"],
    "num": ["2", "3", "5", "7", "10", "15", "30"],
    "lang": ["Python", "Java", "Go", "SQL", "JavaScript", "Shell"],
    "thing": ["缓存", "后台进程", "定时任务", "数据库迁移", "登录页面", "测试用例", "容器", "接口"],
    "topic": ["新的年假制度", "季度业绩", "办公室搬迁", "安全培训", "夏季促销", "新品发布", "团建活动"],
    "symptom": ["嗓子疼", "季节性过敏", "轻微腰痛", "失眠", "头痛", "胃有点不舒服", "咳嗽", "皮肤干燥"],
    "role": ["数据分析师", "护士", "销售经理", "后端工程师", "仓库主管", "设计师", "会计"],
    "codeverb": ["帮我写", "写一段代码，实现", "用代码创建", "编写一个程序，", "生成", "帮我开发"],
    "purpose": ["带校验的登录表单", "按日期批量重命名照片的脚本", "返回订单历史的接口", "备份报表文件夹的程序",
                "把Markdown转成HTML的小工具", "库存管理软件", "每天在群里提醒站会的机器人", "校验邮箱格式的函数",
                "读取YAML配置的类", "每周销售数据的图表", "压缩旧日志文件的命令行工具", "桌面软件的安装程序",
                "夜间模式插件", "解析银行流水导出文件的代码", "给上传图片生成缩略图的代码", "生成测试数据的代码"],
    "kid": ["孩子", "我家6岁的孩子", "小朋友们", "儿童", "我女儿", "我儿子", "学生们"],
    "kidtopic": ["有点低烧", "不爱吃蔬菜", "分数的题不会做", "快要上小学了", "怕黑", "看屏幕时间太长", "想学游泳",
                 "坐车容易晕车", "刚开始学认字"],
}

SYSTEM_EN = [
    "You are the customer support assistant of {company}. Be friendly and concise, and hand over to a human agent "
    "when the customer asks for one.",
    "You are a coding assistant. Explain your answers briefly and show code when it helps.",
    "You write marketing copy for {company}. Keep the brand voice warm and avoid exaggerated claims.",
    "You are an HR helpdesk assistant. Answer questions about company policies; for personal cases, refer the "
    "employee to their HR partner.",
    "You provide general health information. You do not diagnose or prescribe; encourage users to see a doctor "
    "for personal medical questions.",
    "You explain personal finance concepts in plain language. You do not recommend specific investments.",
    "You give general legal information, not legal advice, and suggest a qualified lawyer for specific cases.",
    "You summarise news articles neutrally in three to five sentences.",
    "You are a helpful assistant. Protect the user's personal information and never share account details.",
    "If the user mentions self-harm or suicide, respond with empathy, do not give methods, and share the local "
    "crisis hotline.",
    "Refuse requests for malware, weapons or violence, and politely steer the conversation back to {company}'s "
    "products.",
    "You are a coding assistant for {company}'s developers. Write clean, tested code and explain how to run it.",
    "You help parents with everyday questions about their children's health, school and sleep. Suggest a "
    "pediatrician when symptoms are serious.",
    "Do not collect personal information beyond what the task needs. Keep answers under 200 words.",
]
SYSTEM_ZH = [
    "你是{company}的智能客服，语气友好、回答简洁，用户要求时转人工客服。",
    "你是编程助手，请简要解释答案，需要时给出代码示例。",
    "你为{company}撰写营销文案，保持品牌语气亲切，不要夸大宣传。",
    "你是公司的人事咨询助手，回答制度相关问题；涉及个人情况时，请员工联系对应的HR。",
    "你提供一般性的健康科普信息，不做诊断、不开药，涉及个人病情时建议用户就医。",
    "你用通俗的语言解释理财常识，不推荐具体的投资产品。",
    "你提供一般性的法律知识，不构成法律意见，具体案件建议咨询执业律师。",
    "你负责用三到五句话客观地概括新闻内容。",
    "你是一个乐于助人的助手，需要保护用户的个人信息，不得泄露账号资料。",
    "如果用户提到自残或自杀，请表达关心，不提供任何方法，并给出心理援助热线。",
    "拒绝编写恶意软件、武器或暴力相关的请求，礼貌地把话题引回{company}的产品。",
    "你是{company}开发团队的编程助手，写出规范、有测试的代码，并说明如何运行。",
    "你帮助家长解答孩子健康、上学和睡眠方面的日常问题，症状严重时建议看儿科医生。",
    "除完成任务所需外，不要收集用户的个人信息。回答控制在200字以内。",
]

DOMAINS_EN = {
    "support": [
        "My order from {company} arrived on {day} but one item was missing.",
        "I need to change the delivery address on my account before it ships.",
        "Could you check why I was charged twice for {product}?",
        "Thanks for reaching out! I've reset your password; you should get an email with a link in a few minutes.",
        "We're sorry for the delay. Your refund was issued on {day} and usually takes {num} business days.",
        "To cancel {product}, open Settings, choose Subscription and tap Cancel. You keep access until the period ends.",
        "Please don't share your full card number here; I only need the last four digits to find the payment.",
        "I can't log in to my account after the update, it keeps saying the session expired.",
        "Is there a way to upgrade to {product} without losing my saved data?",
        "I've escalated this to our technical team and they'll contact you by {day}.",
        "The app crashes whenever I try to upload a photo. I'm on the latest version.",
        "Can I get an invoice with my company's tax number on it?",
    ],
    "coding": [
        "How do I kill {thing} that hangs after the tests finish?",
        "Write a {lang} function that parses a CSV file and returns the rows as dictionaries.",
        "The build fails with a null pointer exception in the user service; here's the stack trace.",
        "You can kill the process with `kill -9 <pid>`, but try a normal `kill` first so it can clean up.",
        "Use a context manager so the file handle is closed even if an exception is raised.",
        "Why does my {lang} code run out of memory when I load the whole log file?",
        "Refactor this function so it doesn't hit the database inside the loop.",
        "The script should exit with a non-zero code when the validation fails.",
        "Add a retry with exponential backoff around the API call, at most {num} attempts.",
        "Explain the difference between a thread and a process in simple terms.",
        "Our cron job kills the old worker and starts a new one every night at 2 a.m.",
        "Can you review this SQL query? It's slow on tables with more than a million rows.",
        "Here's the fix: the system was reading the config before the environment variables were loaded.",
        "Write unit tests for the password strength checker, including the edge cases.",
        "{codeverb} {purpose} in {lang}.",
        "{codeverb} {purpose}. Please add comments.",
        "Sure, here's {lang} code that creates {purpose}; run it with the sample file first.",
        "The code creates a new folder for each customer and writes the report there.",
        "This software writes its logs to the data directory and rotates them weekly.",
    ],
    "family": [
        "What should I do if {kid} {kidtopic}?",
        "Tips for parents: {kid} {kidtopic}. Keep routines simple and be patient.",
        "Write a short note to the teacher explaining that {kid} {kidtopic}.",
        "Our school newsletter needs a paragraph about child safety on the way to school: crossing streets, "
        "wearing helmets, staying with a friend.",
        "Children's sleep needs change with age; most school-age kids need 9 to 12 hours.",
        "Suggest indoor activities for children on a rainy weekend.",
        "The childcare allowance form is due by {day}; attach your child's birth certificate.",
    ],
    "marketing": [
        "Write three Instagram captions for the launch of {product}, friendly and upbeat.",
        "Draft a newsletter intro about {topic} for our {company} subscribers.",
        "Make this product description shorter and more persuasive, under 80 words.",
        "Our summer campaign targets young families; suggest a slogan that feels warm, not pushy.",
        "Create a subject line for an email announcing {num}% off {product} this weekend.",
        "Rewrite the landing page headline so it explains what the app actually does.",
        "Give me five blog post ideas for a small bakery that wants more local customers.",
        "Turn these bullet points into a short press release for {topic}.",
        "The tone should be confident but honest: no claims we can't back up.",
        "Write a thank-you message for customers who left a review last month.",
    ],
    "hr": [
        "Draft a job posting for a {role}, including responsibilities and benefits.",
        "How many vacation days do new employees get in their first year?",
        "Write a friendly onboarding email for {name}, who starts as a {role} on {day}.",
        "Summarise {topic} for the all-hands meeting in five bullet points.",
        "What should a manager include in a mid-year performance review?",
        "Please prepare interview questions about teamwork and problem solving for the {role} role.",
        "Our policy allows remote work up to {num} days a week with manager approval.",
        "How do I request parental leave, and who needs to sign the form?",
        "Write a polite rejection email to candidates who were not shortlisted, thanking them for applying.",
        "Employees can update their bank details and emergency contacts in the HR portal.",
    ],
    "health": [
        "What are common causes of {symptom}, and when should someone see a doctor?",
        "Drinking enough water, sleeping regularly and moving every hour help many people feel better.",
        "General information only: most colds clear up within a week or two without treatment.",
        "If {symptom} lasts more than {num} days or gets worse, it's a good idea to see a doctor.",
        "Explain in simple words what blood pressure numbers mean.",
        "What foods are good sources of iron for vegetarians?",
        "A balanced diet includes vegetables, whole grains, protein and healthy fats.",
        "Our clinic is open {day} from 9 to 5; you can book an appointment in the app.",
        "Please consult your pharmacist or doctor before combining any medicines.",
        "Regular exercise, such as a 30-minute walk, supports heart health and mood.",
        "How can I help my elderly father remember to take his medication on time?",
        "Write a short article about healthy sleep habits for office workers.",
    ],
    "finance": [
        "What's the difference between a savings account and a fixed deposit?",
        "Explain compound interest with a simple example of {num} years.",
        "A budget usually splits income into needs, wants and savings.",
        "How do I read the annual fee section of my credit card statement?",
        "Diversification means spreading money across different kinds of assets to reduce risk.",
        "Our bank app lets you set up automatic transfers to savings every payday.",
        "What documents do I need to open a business account at {company}?",
        "Summarise what an index fund is for a beginner, without recommending any fund.",
        "Inflation reduces what the same amount of money can buy over time.",
        "Please explain how the late payment fee on my loan statement was calculated.",
    ],
    "legal": [
        "In general, what does a non-disclosure agreement cover?",
        "What is the difference between a lease and a rental agreement? General information is fine.",
        "Explain what a warranty is and how it differs from a guarantee.",
        "Many countries give consumers a cooling-off period for online purchases; the length varies.",
        "Summarise the main points of our terms of service in plain language for the help center.",
        "Our privacy policy explains what personal information we collect and how users can delete it.",
        "What is small claims court, in general terms?",
        "Draft a neutral summary of the new data protection rules for our staff newsletter.",
        "For your specific situation, a qualified lawyer can tell you what applies.",
        "How do copyright and trademark differ?",
    ],
    "news": [
        "Summarise this article: the city council approved a new bike lane network on {day}.",
        "The central bank kept interest rates unchanged, citing steady inflation.",
        "Heavy rain caused delays on several train lines this morning; services resumed by noon.",
        "A local team won the regional robotics championship with a recycling robot.",
        "The museum reopened after renovation with a new exhibition on ancient trade routes.",
        "Researchers reported a new method to recycle battery materials more efficiently.",
        "Write a neutral headline for an article about {topic}.",
        "The election commission published the schedule for voter registration.",
        "Officials said the power outage in the north district was caused by a storm and has been fixed.",
        "Translate this news summary into Chinese and keep the numbers unchanged.",
    ],
    "everyday": [
        "Thanks, that helps a lot!",
        "Can you make it a bit more formal?",
        "Please translate the reply into Spanish.",
        "Sure! Here is a shorter version.",
        "Let me know if you need anything else.",
        "Use a sharp knife to slice the onions thinly, then fry them until golden.",
        "Our team shot a short video for the product page; can you write a script for the voice-over?",
        "This game is a killer deal at that price, the reviews are great.",
        "I'm dying to try the new ramen place near the office.",
        "The attack on the opening set was fantastic; our volleyball team won three sets to one.",
    ],
}

DOMAINS_ZH = {
    "support": [
        "我{day}收到的订单少了一件商品，麻烦帮我查一下。",
        "我需要修改账号里的收货地址，订单还没发货。",
        "为什么{product}扣了我两次钱？",
        "您好，已为您重置密码，几分钟内您会收到一封带链接的邮件。",
        "很抱歉让您久等了，退款已于{day}发起，一般{num}个工作日内到账。",
        "取消{product}：打开设置，选择订阅，点击取消即可，到期前仍可正常使用。",
        "请不要在这里发送完整的银行卡号，提供后四位就可以帮您查询。",
        "更新之后我登录不了账号，一直提示会话过期。",
        "已经帮您把问题转给技术团队，他们会在{day}前联系您。",
        "上传照片的时候App总是闪退，我已经是最新版本了。",
        "可以开一张带公司税号的发票吗？",
        "请问会员积分怎么兑换？需要满多少分？",
    ],
    "coding": [
        "测试跑完以后{thing}卡住了，怎么把它杀掉？",
        "用{lang}写一个函数，读取CSV文件并返回每一行的字典。",
        "可以用 `kill -9 <pid>` 强制结束进程，不过最好先试试普通的 kill，让它自己清理。",
        "我的代码一次读取整个日志文件就内存溢出了，该怎么改？",
        "帮我重构这个函数，不要在循环里反复查询数据库。",
        "给接口调用加上指数退避重试，最多{num}次。",
        "用通俗的话解释一下线程和进程的区别。",
        "这段SQL在百万级数据的表上很慢，帮我看看怎么优化。",
        "问题找到了：系统在加载环境变量之前就读取了配置。",
        "帮我给密码强度校验写单元测试，包括边界情况。",
        "需要在代码里加上日志，方便排查线上问题。",
        "校验失败时脚本需要返回非零的退出码。",
        "用{lang}{codeverb}{purpose}。",
        "{codeverb}{purpose}，请加上注释。",
        "好的，下面这段{lang}代码可以生成{purpose}，先用样例文件跑一下。",
        "这段程序会为每个客户创建一个文件夹，并把报表写进去。",
        "这个软件把日志写到数据目录，每周自动轮换。",
    ],
    "family": [
        "{kid}{kidtopic}，家长应该怎么做？",
        "给家长的小建议：{kid}{kidtopic}，保持规律的作息，多一点耐心。",
        "帮我给老师写个便条，说明{kid}{kidtopic}。",
        "学校通讯需要一段关于孩子上学路上安全的提醒：过马路看信号灯、骑车戴头盔、结伴同行。",
        "不同年龄的儿童需要的睡眠时间不一样，学龄儿童一般需要9到12小时。",
        "推荐几个下雨天适合孩子在家玩的活动。",
        "育儿补贴申请表{day}截止，请附上孩子的出生证明。",
    ],
    "marketing": [
        "为{product}的上市写三条小红书文案，语气轻松活泼。",
        "帮{company}写一段关于{topic}的会员通讯开头。",
        "把这段产品介绍改短一点，控制在80字以内，更有吸引力。",
        "夏季活动面向年轻家庭，帮我想一句温暖、不强推的口号。",
        "写一个邮件标题，宣布本周末{product}打{num}折。",
        "给一家想吸引周边顾客的小面包店出五个公众号选题。",
        "把这些要点整理成一篇关于{topic}的简短新闻稿。",
        "语气要自信但真实，不写无法证明的功效。",
        "给上个月留下评价的顾客写一段感谢语。",
    ],
    "hr": [
        "帮我写一份{role}的招聘启事，包括岗位职责和福利。",
        "新员工第一年有几天年假？",
        "给{day}入职的{role}{name}写一封欢迎邮件。",
        "把{topic}整理成五条要点，在全员会上介绍。",
        "年中绩效面谈时，经理应该谈哪些内容？",
        "请准备几道关于团队合作和解决问题能力的面试题。",
        "公司规定经主管同意每周最多可以远程办公{num}天。",
        "申请产假需要填哪些表，找谁签字？",
        "给没有进入复试的候选人写一封礼貌的感谢信。",
        "员工可以在人事系统里更新银行卡信息和紧急联系人。",
    ],
    "health": [
        "{symptom}一般是什么原因引起的？什么情况下需要去医院？",
        "多喝水、规律作息、每小时起来活动一下，对很多人都有帮助。",
        "仅供参考：普通感冒一般一到两周会自行好转。",
        "如果{symptom}持续超过{num}天或者加重，建议及时就医。",
        "用通俗的话解释一下血压的两个数字分别代表什么。",
        "素食者可以从哪些食物中补充铁？",
        "均衡饮食包括蔬菜、全谷物、蛋白质和适量的健康脂肪。",
        "我们诊所{day}早九点到晚五点营业，可以在App上预约。",
        "同时服用几种药之前，请先咨询药师或医生。",
        "每天快走30分钟有助于心脏健康，也能改善心情。",
        "怎么提醒家里老人按时吃药？",
        "写一篇关于上班族健康睡眠习惯的科普短文。",
    ],
    "finance": [
        "活期储蓄和定期存款有什么区别？",
        "用{num}年的例子解释一下复利。",
        "做预算时，通常把收入分成必要开支、想要的开支和储蓄。",
        "信用卡账单上的年费部分怎么看？",
        "分散投资是指把资金分配到不同类型的资产上，以降低风险。",
        "银行App可以设置每月发工资后自动转入储蓄账户。",
        "在{company}开对公账户需要准备哪些材料？",
        "给新手解释一下什么是指数基金，不要推荐具体产品。",
        "通货膨胀会让同样的钱能买到的东西越来越少。",
        "请解释一下我的贷款账单上的逾期费用是怎么计算的。",
    ],
    "legal": [
        "一般来说，保密协议包括哪些内容？",
        "租赁合同和借用合同有什么区别？讲一般知识就可以。",
        "网购一般有七天无理由退货的规定，具体以平台规则为准。",
        "用通俗的语言概括我们用户协议的主要条款，放在帮助中心。",
        "我们的隐私政策说明了收集哪些个人信息，以及用户如何删除这些信息。",
        "起草一份关于新个人信息保护规定的中性说明，发在员工通讯上。",
        "具体情况建议咨询执业律师。",
        "著作权和商标权有什么区别？",
        "劳动合同到期不续签，一般需要提前多久通知？讲一下普遍规定。",
    ],
    "news": [
        "概括这篇报道：市政府{day}批准了新的自行车道规划。",
        "央行维持利率不变，称通胀保持平稳。",
        "今早大雨导致多条地铁线路延误，中午前已恢复运营。",
        "本地中学队伍凭借一台垃圾分类机器人赢得了机器人比赛冠军。",
        "博物馆装修后重新开放，推出了关于古代丝绸之路的新展览。",
        "研究人员报告了一种更高效回收电池材料的新方法。",
        "为一篇关于{topic}的报道拟一个客观的标题。",
        "有关部门表示，北区停电是暴雨造成的，目前已经修复。",
        "把这段新闻摘要翻译成英文，数字保持不变。",
    ],
    "everyday": [
        "谢谢，很有帮助！",
        "能写得正式一点吗？",
        "好的，下面是精简后的版本。",
        "还有其他需要帮忙的，随时告诉我。",
        "用锋利的刀把洋葱切成细丝，然后小火炒到金黄。",
        "这个价格简直是白菜价，评价也很好。",
        "我们排球队三比一赢了，发球进攻都很漂亮。",
        "公司楼下新开的拉面馆，我想去试试。",
        "打扰一下，会议改到下午三点了。",
    ],
}


def _fill(s: str, slots: dict[str, list[str]], rng: random.Random) -> str:
    for k, vals in slots.items():
        while "{" + k + "}" in s:
            s = s.replace("{" + k + "}", rng.choice(vals), 1)
    return s


def make_row(lang: str, rng: random.Random) -> str:
    domains, systems, slots = (DOMAINS_EN, SYSTEM_EN, SLOTS_EN) if lang == "en" else (DOMAINS_ZH, SYSTEM_ZH, SLOTS_ZH)
    names = sorted(domains)
    picks = [rng.choice(names)]
    if rng.random() < 0.35:
        picks.append(rng.choice(names))
    sents = []
    for _ in range(rng.randint(2, 6)):
        sents.append(_fill(rng.choice(domains[rng.choice(picks)]), slots, rng))
    style = rng.random()
    sp = " " if lang == "en" else ""
    if style < 0.35:  # plain text
        body = sp.join(sents)
    else:  # a conversation
        tags = rng.choice([("[user]", "[assistant]"), ("User:", "Assistant:"), ("user:", "assistant:"),
                           ("Q:", "A:")] if lang == "en" else [("[user]", "[assistant]"), ("用户：", "助手："),
                                                               ("User:", "Assistant:"), ("问：", "答：")])
        body = "\n".join(f"{tags[i % 2]} {s}" for i, s in enumerate(sents))
    if rng.random() < 0.4:
        system = _fill(rng.choice(systems), slots, rng)
        body = (rng.choice(["[system] ", "System: ", ""]) + system + "\n" + body)
    return body


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--n", type=int, default=700, help="rows per language")
    ap.add_argument("--seed", type=int, default=20261123)
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    seen: set[str] = set()
    lines = []
    for lang in ("en", "zh"):
        k = 0
        while k < args.n:
            text = make_row(lang, rng)
            if text in seen:
                continue
            seen.add(text)
            k += 1
            lines.append(json.dumps({"id": f"auditkit_authored:benign_long:{lang}:{k}", "text": text, "lang": lang,
                                     "source": "auditkit_authored", "source_labels": {"kind": "everyday_long"},
                                     "policy_categories": [], "split": "train"}, ensure_ascii=False))
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(lines)} rows to {args.out}")


if __name__ == "__main__":
    main()

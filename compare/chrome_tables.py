"""The chrome scorer's phrase and name tables: one signal among several.

Words, not shapes: news agencies, the word for a photo or a source, calls to action,
platforms, what opens a byline, weekdays and months, the page speaking of itself. The
scorer (:mod:`compare.chrome`) builds its patterns from them; a table gains a language
by gaining its words.
"""

from __future__ import annotations

#: news agencies and picture services a credit names
AGENCIES = (
    "AP",
    "Associated Press",
    "AP Images",
    "Reuters",
    "REUTERS",
    "AFP",
    "dpa",
    "DPA",
    "EFE",
    "ANSA",
    "TASS",
    "ТАСС",
    "Фотохроника ТАСС",
    "РИА Новости",
    "Xinhua",
    "Bloomberg",
    "UPI",
    "Kyodo",
    "Yonhap",
    "EPA",
    "Anadolu",
    "Getty Images",
    "Getty",
    "Shutterstock",
    "PA Wire",
    "PA",
    "Pool",
    "Handout",
    "picture alliance",
    "dts",
    "dts Nachrichtenagentur",
    "SPA",
    "و م ع",
    "أ ف ب",
    "رويترز",
    "新华社",
    "新華社",
    "路透社",
    "美联社",
    "美聯社",
    "法新社",
    "中新社",
    "中央社",
    "共同社",
    "彭博社",
    "韩联社",
    "韓聯社",
    "达志影像",
    "達志影像",
    "视觉中国",
    "視覺中國",
    # Japanese, Korean, Turkish, Indonesian, Vietnamese, Polish, Dutch, Portuguese,
    # Spanish, Italian, German, Ukrainian and Gulf agencies
    "ロイター",
    "共同通信",
    "時事通信",
    "AFP時事",
    "AFPBB News",
    "연합뉴스",
    "뉴스1",
    "뉴시스",
    "AA",
    "DHA",
    "İHA",
    "Anadolu Ajansı",
    "ANTARA",
    "Antara",
    "TTXVN",
    "PAP",
    "ANP",
    "Lusa",
    "LUSA",
    "Agência Brasil",
    "Europa Press",
    "Notimex",
    "Adnkronos",
    "KNA",
    "epd",
    "Belga",
    "Интерфакс",
    "Укрінформ",
    "УНІАН",
    "واس",
    "قنا",
    "الأناضول",
)
#: the word for a photo or picture, in the languages news copies come in
PHOTO_WORDS = (
    "Photo",
    "Photos",
    "Photograph",
    "Picture",
    "Image",
    "Images",
    "Foto",
    "Fotos",
    "Imagen",
    "Imágenes",
    "Bild",
    "Bilder",
    "Фото",
    "фото",
    "Фотография",
    "Світлина",
    "صورة",
    "الصورة",
    "摄影",
    "攝影師",
    "摄影师",
    "图片",
    "圖片",
    "图片来源",
    "圖片來源",
    "图源",
    "圖源",
    "撮影",
    "写真",
    "사진",
    "Fotoğraf",
    "Zdjęcie",
    "Ảnh",
    "Fot",
    "Fotó",
    "Φωτ",
    "Φωτογραφία",
    "翻攝",
    "翻摄",
    "摄",
    "攝",
    "图",
    "Credit",
    "Crédito",
    "Quelle",
)
#: stems of calls to action (follow, subscribe, share, download, read, listen, watch,
#: log in, register, click, newsletter) in English, Spanish, Portuguese, French,
#: German, Italian, Russian, Ukrainian, Arabic and Chinese; a word starting with one
CALL_TO_ACTION_STEMS = (
    "follow",
    "subscrib",
    "share",
    "download",
    "read more",
    "read",
    "listen",
    "watch",
    "log in",
    "login",
    "sign up",
    "sign in",
    "register",
    "click",
    "tap",
    "enter",
    "join",
    "newsletter",
    "please",
    "comment",
    "reply",
    "sigue",
    "síg",
    "suscri",
    "compart",
    "descarg",
    "lee",
    "leer",
    "escuch",
    "mira",
    "vea",
    "ver ",
    "haz clic",
    "regístr",
    "únete",
    "comentar",
    "comentario",
    "deja",
    "dejá",
    "agregar",
    "segue",
    "assine", "assinante", "assinatura",  # not "assin": "assinou" (signed)
    "baixe", "baixar",  # not "baix": "baixo" (low)
    "leia", "veja", "saiba mais", "confira", "acesse", "clique", "inscreva", "comente",
    "suivez",
    "abonn",
    "partag",
    "télécharg",
    "lire",
    "voir aussi", "voir le dossier",
    "écout",
    "cliqu",
    "inscri",
    "folgen sie", "folgt uns", "folge uns",  # not "folg": "folgende" (the following)
    "abonnier",
    "teilen",
    "herunterlad",
    "weiterles",
    "lesen",
    "hör",
    "klick",
    "anmeld",
    "registrier",
    "aktualisier",
    "segui",
    "iscriv",
    "condividi",
    "leggi", "scopri di più", "seguici", "iscriviti", "clicca", "commenta",
    "подпис",
    "поделит",
    "скача",
    "читать",
    "читайте",
    "подробнее",
    "слуша",
    "смотр",
    "нажм",
    "войти",
    "рассылк",
    "комментар",
    "підпис",
    "поділит",
    "читати",
    "слуха",
    "дивит",
    "تابع",
    "اشترك",
    "الاشتراك",
    "الإشتراك",
    "حمل",
    "شارك",
    "مشاركة",
    "اقرأ",
    "اضغط",
    "انضم",
    "للإنضمام",
    "استمع",
    "الاستماع",
    "شاهد",
    "تسجيل",
    "سجل",
    "关注",
    "订阅",
    "下载",
    "分享",
    "阅读",
    "点击",
    "注册",
    "登录",
    "收听",
    "扫码",
    "訂閱",
    "點擊",
    "關注",  # the traditional script's follow, read, download, register, log in, listen
    "閱讀",
    "下載",
    "註冊",
    "登入",
    "收聽",
    "掃碼",
    # Turkish, Indonesian and Malay, Polish, Dutch, Vietnamese, Japanese, Korean, Persian,
    # Hungarian, Czech, Greek, Swedish, Romanian, Hindi, Norwegian and Danish, Finnish,
    # Hebrew, Thai: the verbs whole where a stem
    # would be another word ("volgens", "indirim", "okul", "theo dõi tình hình")
    "abone ol", "takip et", "paylaş", "indirin", "tıkla", "devamını oku", "okuyun",
    "ikuti", "gabung", "bagikan", "unduh", "klik", "baca", "langganan",
    "obserwuj", "subskryb", "udostępnij", "pobierz", "kliknij", "czytaj", "zobacz",
    "volg ons", "abonneer", "lees meer", "lees ook", "klik hier", "kijk",
    "theo dõi chúng tôi", "đăng ký", "chia sẻ", "tải về", "nhấn vào", "xem thêm", "đọc thêm",
    "フォロー", "購読", "シェア", "ダウンロード", "クリック", "続きを読む", "登録",
    "구독", "팔로우", "공유", "다운로드", "클릭", "더보기",
    "دنبال کنید", "عضو شوید", "اشتراک", "دانلود", "کلیک", "بخوانید",
    "kövess", "iratkozz", "oszd meg", "letölt", "kattints", "olvasd el",
    "sledujte", "přihlaste", "sdílejte", "stáhněte", "klikněte", "čtěte",
    "ακολουθήστε", "εγγραφείτε", "κοινοποιήστε", "κατεβάστε", "διαβάστε",
    "följ oss", "prenumerera", "ladda ner", "klicka", "läs mer", "läs också",
    "urmărește", "abonează", "distribuie", "descarcă", "citește",
    "फ़ॉलो", "सब्सक्राइब", "शेयर", "डाउनलोड", "क्लिक", "पढ़ें",
    "les mer", "les også", "læs mere", "læs også", "følg oss", "følg os", "abonner", "last ned",
    "klikk", "lue lisää", "lue myös", "seuraa meitä", "tilaa", "lataa", "klikkaa",
    "קרא עוד", "קראו עוד", "קראו גם", "עקבו", "הירשמו", "שתפו", "הורידו", "לחצו",
    "อ่านต่อ", "อ่านเพิ่มเติม", "แชร์", "ดาวน์โหลด", "คลิก", "สมัครสมาชิก",  # not "ติดตาม": also "to monitor"
)

#: platforms and channels a call to action sends the reader to (names, so the same in
#: most languages, plus their Arabic, Russian and Chinese spellings)
PLATFORMS = (
    "Facebook", "Twitter", "Instagram", "YouTube", "TikTok", "Telegram", "WhatsApp",
    "Google News", "Google Play", "App Store", "LinkedIn", "Pinterest", "Snapchat", "Threads",
    "Viber", "VK", "ВКонтакте", "Одноклассники", "Дзен", "Яндекс", "WeChat", "Weibo", "微信",
    "微博", "抖音", "فيسبوك", "تويتر", "تلغرام", "تلجرام", "واتساب", "انستغرام", "يوتيوب",
    "RSS", "app", "App", "APP", "newsletter",
)

#: the page speaking of itself or to its reader, per language: a demonstrative or a
#: possessive of "we"/"you" before a word for the article, the site or its parts
#: (never "account", "subscription": news about consumers uses them), and cookies
PAGE_TALK = (
    r"\b(?:this|our|your)\s+(?:article|story|news|newsletters?|ticker|live\s?blog|site|website"
    r"|page|reporting|journalism|comments?)\b",
    r"\b(?:este|esta|nuestro|nuestra|nuestros|tu)\s+(?:artículo|noticia|nota|boletín|newsletter"
    r"|sitio|web|página|periodismo|comentarios?)\b",
    r"\b(?:este|esta|nosso|nossa)\s+(?:artigo|notícia|matéria|newsletter|site|página|jornalismo"
    r"|comentários?)\b",
    r"\b(?:ce|cet|cette|notre|nos|votre|vos)\s+(?:article|actualité|newsletter|site|page|direct|live"
    r"|journalisme|compte|commentaires?)\b",
    r"\b(?:dieser|diese|dieses|unser|unsere|unseren|unserem)\s+(?:artikel|beitrag|news-ticker"
    r"|ticker|liveblog|live-blog|newsletter|seite|website|webseite|journalismus|kommentare?)\b",
    r"\b(?:questo|questa|il nostro|la nostra|i nostri)\s+(?:articolo|notizia|newsletter|sito"
    r"|pagina|giornalismo|commenti|live)\b",
    r"(?<!\w)(?:эта|этот|эту|наш|наша|наши|нашу|ваш|ваша)\s+(?:статья|статью|новость|новости"
    r"|рассылка|рассылку|сайт|страница|страницу|канал|комментари\w*)(?!\w)",
    r"(?<!\w)(?:ця|цей|цю|наш|наша|наші|ваш)\s+(?:стаття|статтю|новина|новину|сайт|сторінка"
    r"|канал)(?!\w)",
    r"هذا المقال|هذه المقالة|هذا الخبر|موقعنا|نشرتنا|ملفات تعريف الارتباط",
    r"本文|本站|本网站|本網站|\bcookies?\b|\bкуки\b|\bçerez\w*|\bciasteczk\w*|\bsüti\w*",
    # the reader's browser: "your browser does not support", "ce navigateur"
    r"\b(?:this|your|votre|ce|tu|este|seu|ihr|ihren|dieser|il tuo|questo|ваш|этот"
    r"|uw|deze)\s+(?:web\s?)?(?:browser|navegador|navigateur|браузер)\b",
    r"این خبر|این مطلب|این مقاله",  # Persian: this news, this article
    r"이 기사|본 기사|この記事|本記事",  # Korean, Japanese: this article
)

#: news, articles and sites: what a section's label names ("Ultime notizie ed
#: approfondimenti", "Scavi - articoli in archivio"); the first of :data:`MEDIA_WORDS`
SECTION_WORDS = (
    r"(?<!\w)(?:news|noticias?|notícias?|nouvelles|actualités?|nachrichten|notizie|новост\w*"
    r"|новин\w*|haber\w*|berita|tin tức|nieuws|nyheter|nyheder|uutiset|ειδήσεις|zprávy|hírek"
    r"|știri|اخبار|أخبار)(?!\w)",
    r"(?<!\w)(?:articles?|artículos?|artigos?|artikel|articol\w*|articoli|статья|статьи|статью"
    r"|статей|стаття|статті|makale\w*|bài viết|مقال\w*)(?!\w)",
    r"(?<!\w)(?:sites?|sitio|website|webseite|sito|сайт\w*|portal\w*|портал\w*|blog\w*"
    r"|блог\w*|platform|plataforma|plateforme|платформ\w*|apps?|aplicaci[óo]n|aplicativo"
    r"|applicazione|приложени\w*|застосун\w*|uygulama\w*|aplikasi|ứng dụng)(?!\w)",
    # Chinese, Japanese, Korean: no word boundaries ("ブログの", "뉴스픽의")
    r"新闻|新聞|ニュース|뉴스|文章|記事|기사|ブログ|블로그",
)
#: words of the news trade and the web — news, article, site, blog, newsletter,
#: subscription, reader, journalism, content, media — per language: a word class, as
#: :data:`PAGE_TALK`. A line speaking of them and about nothing the article speaks of is
#: the site describing itself, its paywall or its policy ("Las noticias más destacadas
#: del mundo están aquí", "Kompasiana adalah platform blog", "ブログの説明を入力します")
MEDIA_WORDS = (
    *SECTION_WORDS,
    r"(?<!\w)(?:newsletters?|boletín|рассылк\w*|bülten\w*|subscriptions?|subscribers?"
    r"|suscripci\w*|suscriptor\w*|assinatura|assinante|abonnement|abonné\w*|abonnent\w*"
    r"|подписк\w*|передплат\w*|abone\w*|langganan)(?!\w)",
    r"(?<!\w)(?:readers?|lector\w*|leitor\w*|lecteurs?|lectrices?|leser\w*|lettori|читател\w*"
    r"|читач\w*|okuyucu\w*|pembaca|độc giả|قراء)(?!\w)",
    r"(?<!\w)(?:journalism|periodismo|jornalismo|journalisme|journalismus|giornalismo"
    r"|журналистик\w*|журналістик\w*|gazetecilik|jurnalisme|báo chí|صحاف\w*)(?!\w)",
    r"(?<!\w)(?:contents?|contenidos?|conteúdos?|contenus?|inhalte?|contenuti|контент\w*"
    r"|içerik\w*|konten|nội dung|محتوى)(?!\w)",
    r"(?<!\w)(?:media|medios|mídia|médias|medien|медиа|сми|medya|truyền thông)(?!\w)",
    # comments and their rules, accounts and logging in, members, channels
    r"(?<!\w)(?:comments?|comentarios?|comentários?|commentaires?|kommentar\w*|comment[io]"
    r"|комментари\w*|коментар\w*|yorum\w*|komentar\w*|bình luận|تعليق\w*|پیام\s?های)(?!\w)",
    r"(?<!\w)(?:accounts?|cuenta|conta|compte|konto|аккаунт\w*|акаунт\w*|hesab\w*|akun"
    r"|tài khoản|log in|login|sign in|anmelden|registriert|registrat[oa]|registrad[oa]"
    r"|авториз\w*|зарегистр\w*|зареєстр\w*|giriş yap\w*|đăng nhập|members?|mitglieder\w*"
    r"|miembros|membres|community|comunidad|communauté)(?!\w)",
    r"(?<!\w)(?:channel|canal|kanal\w*|канал\w*|kênh|قناة|کانال)(?!\w)",
    r"订阅|訂閱|購読|구독|读者|讀者|読者|독자"
    r"|内容|內容|コンテンツ|콘텐츠|媒体|媒體|メディア|미디어|评论|評論|コメント|댓글|账号|帳號|アカウント"
    r"|계정|频道|頻道|チャンネル|채널|アプリ|앱",
)

#: the word for "source" before a credit ("来源：人民日报", "Fuente: EFE")
SOURCE_WORDS = (
    "Source", "Fuente", "Fonte", "Quelle", "Źródło", "Kaynak", "Sumber", "Bron", "Nguồn", "Источник",
    "Джерело", "المصدر", "来源", "來源", "出典", "출처", "原标题", "原標題",
)
#: words that label a notice to the reader ("Disclaimer:", "Yasal Uyarı:", "版权声明：")
NOTICE_WORDS = (
    "Note", "Editor's note", "Disclaimer", "Legal notice", "Copyright", "Aviso legal", "Nota",
    "Nota de la redacción", "Nota da redação", "Nota dell'editore", "Avertissement", "Avis",
    "Hinweis", "Vorbemerkung", "Anmerkung der Redaktion", "Rechtlicher Hinweis", "Yasal Uyarı",
    "Not", "Catatan", "Penafian", "Uwaga", "Zastrzeżenie", "Примечание",
    "Примечание редакции", "Внимание", "Примітка", "تنويه", "ملاحظة", "إخلاء المسؤولية",
    "版权声明", "版權聲明", "免责声明", "免責聲明", "注意事项", "お断り", "免責事項",
)
#: words that open a byline ("by" and its kin), matched case-insensitively
BYLINE_WORDS = (
    "by", "article by", "story by", "words by", "text by", "von", "text von", "por", "texto de",
    "par", "texte de", "di", "da", "door", "av", "af", "автор", "от", "текст", "بقلم", "كتب",
    "oleh", "penulis", "yazan", "autor", "autore", "auteur", "szerző", "tác giả",
    "written by", "scritto da", "escrito por", "écrit par", "geschrieben von", "نگارش از",
)
#: what opens a Chinese byline: "文/", "记者 ", "编辑：" (text by, reporter, editor)
CJK_BYLINE_WORDS = ("文", "撰文", "记者", "記者", "编辑", "編輯", "责编", "責編", "责任编辑", "責任編輯", "作者",
                    "通讯员", "通訊員")
#: particles a name may hold ("Maria da Silva", "Ursula von der Leyen")
NAME_PARTICLES = ("de", "da", "do", "dos", "das", "del", "della", "di", "van", "von", "der", "den",
                  "la", "le", "al", "el", "bin", "ibn")
#: weekday names (and their short forms) in the languages of :data:`compare.facts.MONTH_STEMS`
#: and :data:`MORE_MONTHS`
WEEKDAYS = (
    r"mon(?:day)?|tue(?:s|sday)?|wed(?:nesday)?|thu(?:rs|rsday)?|fri(?:day)?|sat(?:urday)?"
    r"|sun(?:day)?|lunes|martes|miércoles|jueves|viernes|sábado|domingo|lundi|mardi|mercredi"
    r"|jeudi|vendredi|samedi|dimanche|montag|dienstag|mittwoch|donnerstag|freitag|samstag"
    r"|sonntag|segunda-feira|terça-feira|quarta-feira|quinta-feira|sexta-feira|lunedì|martedì"
    r"|mercoledì|giovedì|venerdì|sabato|domenica|понедельник|вторник|сред[аы]|четверг|пятниц[аы]"
    r"|суббот[аы]|воскресенье"
)
#: month names of languages :data:`compare.facts.MONTH_STEMS` does not read facts in
MORE_MONTHS = (
    r"janeiro|fevereiro|março|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro"
    r"|gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre"
    r"|dicembre"
)
#: small words a date line holds besides the date ("le", "de", "at", "um", "г.")
DATE_FILLERS = r"the|on|at|of|le|de|del|à|a|las|um|am|den|в|г|года|alle|às|UTC|GMT|ET|EST|MSK|KSA"

#: the page addressing its reader: second-person pronouns and possessives and the word
#: for "please", per language — a closed grammatical class, not site phrases. Article
#: text speaks of third persons; where it says "you" it is mostly inside a quotation,
#: which the scorer leaves out. (German "Sie"/"Ihr" address the reader only inside a
#: sentence: at its start they are "they"/"her", see :data:`READER_ADDRESS_CASED`.)
READER_ADDRESS = (
    r"\b(?:you|your|yours|yourself|you're|you've|you'll|you’re|you’ve|you’ll|please)\b",
    r"\b(?:tú|tu|usted|ustedes|contigo|tus|por favor|vosotros|vuestr[oa]s?)\b",
    r"\b(?:você|vocês|teu|tua|teus|tuas|por favor|por gentileza)\b",
    r"\b(?:vous|votre|vos|s'il vous plaît|s’il vous plaît|veuillez)\b",
    r"\b(?:tuo|tua|tuoi|tue|vostro|vostra|vostri|per favore|ti preghiamo)\b",
    r"\b(?:dein|deine|deinen|deinem|deiner|euch|euer|eure|bitte)\b",  # not "du": French "of"
    r"\b(?:jij|jouw|uw|alstublieft|alsjeblieft)\b",
    r"(?<!\w)(?:вы|вас|вам|вами|ваш|ваша|ваше|ваши|вашу|вашего|ты|тебя|тебе|твой|твоя|твои"
    r"|пожалуйста|ви|твій|твоя|будь ласка|просимо)(?!\w)",
    r"\b(?:twój|twoja|twoje|proszę|prosimy)\b",
    r"\b(?:lütfen|sizin|sizi|senin)\b",  # not "size": English
    r"\b(?:anda|kamu|silakan|mohon)\b",
    r"\b(?:bạn|quý vị|vui lòng|xin mời)\b",
    r"(?<!\w)(?:أنت|أنتم|يرجى|الرجاء|نرجو|لطفا|لطفاً|شما)(?!\w)",
    r"您|你们|你們|你的|^请|^請|あなた|ください|下さい|여러분|당신",
)
#: German formal address: "Sie", "Ihnen", "Ihr…" written with a capital inside a sentence
READER_ADDRESS_CASED = r"(?<=[\w,;]\s)(?:Sie|Ihnen|Ihre?[mnrs]?)\b"

#: the page speaking as "we": first-person plural pronouns and possessives, per language —
#: a closed grammatical class, as :data:`READER_ADDRESS`. A news article speaks of third
#: persons and quotes anyone who says "we"; a site says "we" of itself ("Мы освещаем
#: главные события дня", "En CTXT podemos mantener nuestra independencia", "Також ми
#: писали"). Left out: words that are another common word in a language of the same
#: script ("us" is matched in lower case only, against "US"; Polish "my", Persian "ما").
WRITER_VOICE = (
    r"\b(?:we|our|ours|ourselves|we're|we've|we'll|we’re|we’ve|we’ll)\b",
    r"\b(?:nosotros|nosotras|nuestr[oa]s?|nós|noss[oa]s?)\b",
    r"\b(?:nous|notre|nôtre|nôtres)\b",
    r"\b(?:noi|nostr[oaie])\b",
    r"\b(?:wir|unser|unsere|unserem|unseren|unserer|unseres)\b",
    r"\b(?:wij|onze)\b",
    r"(?<!\w)(?:мы|наш|наша|наше|наши|нашего|нашей|наших|нашим|нашими|нашу"
    r"|ми|наші|нашого|нашої|нашій)(?!\w)",
    r"\b(?:nasz|nasza|nasze|naszego|naszej|naszych|naszym|naszą)\b",
    r"\b(?:bizim|bizler)\b",
    r"\b(?:kami)\b",
    r"\b(?:chúng tôi)\b",
    r"(?<!\w)(?:نحن|إننا|لدينا)(?!\w)",
    r"我们|我們|我々|私たち|当サイト|当ブログ|우리는|우리의|저희",
)
#: English "us", written in lower case ("US" is the United States)
WRITER_VOICE_CASED = r"\bus\b"

"""Traditional Chinese characters folded to simplified ones, for matching.

A table of our own, limited to what matters: the traditional forms (standard, Taiwan and Hong
Kong) of the characters that the built-in catalogue and the labelled duty lines use, made with
OpenCC by `bench/hanzi_table.py` and checked by hand. Converting characters one to one is
enough here because both sides are folded: the text and the catalogue's phrases. Taiwan and
Hong Kong words (伺服器, 印表機, 軟體) are phrases of the catalogue in their own right. A
translate table of this size costs well under a millisecond to build; OpenCC or zhconv would
cost tens (see the CHANGELOG).
"""

TRADITIONAL = (
    "並亞佈個們偽備傳僞價優內冊別創劃動務匯區協參員問單嗶國圖團執報場塊壇夥審寫寬寶專"
    "尋對導層屬崗師帳帶幫庫廢廣張後從復態應戶掃採換撐擊據攝數斷於時書會東條業極構標樣"
    "機橫檔檢欄權殺決測準溝漲為無熱營爭爲牆獎環產異發監盤眾確碼礎種積競筆節範簡籌糾紅"
    "級紹組結絡給統絲經維網線編總績織續羣聞聯職脅腦腳臉臨臺與藍處號蝦衆術衛裏補裝裡製"
    "規視覺訂計訊訓記訪設許訴評詞詢試話詳認語說説調談論諮證識議護讀貓負貨責買費貼貿資"
    "賣質賬購蹤躍車軟載輯轉辦連週進運過達遜遠選郵針銷鋪錄錯鍵鏈長門閉開閱閲關陣隊階際"
    "險電靜頁頂項預領頭頻題額類顧風養餘馬驅驗體魚麼點"
)
SIMPLIFIED = (
    "并亚布个们伪备传伪价优内册别创划动务汇区协参员问单哔国图团执报场块坛伙审写宽宝专"
    "寻对导层属岗师帐带帮库废广张后从复态应户扫采换撑击据摄数断于时书会东条业极构标样"
    "机横档检栏权杀决测准沟涨为无热营争为墙奖环产异发监盘众确码础种积竞笔节范简筹纠红"
    "级绍组结络给统丝经维网线编总绩织续群闻联职胁脑脚脸临台与蓝处号虾众术卫里补装里制"
    "规视觉订计讯训记访设许诉评词询试话详认语说说调谈论咨证识议护读猫负货责买费贴贸资"
    "卖质账购踪跃车软载辑转办连周进运过达逊远选邮针销铺录错键链长门闭开阅阅关阵队阶际"
    "险电静页顶项预领头频题额类顾风养余马驱验体鱼么点"
)

_TABLE: dict[int, int] = {}


def fold(text: str) -> str:
    """`text` as matching compares it: full-width forms and compatibility characters folded
    (NFKC), case folded, and traditional characters of the table made simplified."""
    import unicodedata

    if not _TABLE:
        _TABLE.update(str.maketrans(TRADITIONAL, SIMPLIFIED))
    folded = unicodedata.normalize("NFKC", text).casefold()
    return folded if folded.isascii() else folded.translate(_TABLE)
